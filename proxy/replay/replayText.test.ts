import { describe, expect, it } from 'vitest';
import { countVerdicts, type ReplayedRequest, type ReplayReport } from '../../shared/replay';
import { replayText } from './replayText';

const request = (index: number, overrides: Partial<ReplayedRequest>): ReplayedRequest => ({
  index,
  recordedSeq: index * 2,
  method: 'tools/call',
  verdict: 'same',
  reason: 'The same answer.',
  differences: [],
  ignored: [],
  recorded: { kind: 'result', result: {} },
  replayed: { kind: 'result', result: {} },
  durationMs: 3,
  ...overrides,
});

const requests = [
  request(1, { subject: 'clock', ignored: [{ path: 'result.content[0].text', rule: 'iso-date' }] }),
  request(2, {
    subject: 'add',
    verdict: 'changed',
    reason: '2 differences in the result.',
    differences: [
      { path: 'result.content[0].text', kind: 'changed', before: 'sum 5', after: 'x'.repeat(100) },
      { path: 'result.extra', kind: 'added', after: 1 },
    ],
  }),
];

const report: ReplayReport = {
  version: 1,
  outcome: 'replayed',
  file: '/s.jsonl',
  recordedAt: '2026-11-23T12:00:00.000Z',
  connectionId: 'c1',
  target: { transport: 'stdio', command: 'node', args: ['server.js'], env: {} },
  server: { name: 'demo', version: '2.0.0', protocolVersion: '2025-11-25' },
  requests,
  counts: countVerdicts(requests),
  serverRequests: { answered: 0, refused: 1 },
  ignore: [],
  recordedTo: '/r.jsonl',
  exitCode: 1,
};

describe('replayText', () => {
  it('prints a verdict per request, the differences under it and a summary', () => {
    expect(replayText(report, false)).toBe(
      [
        'Replaying 2 requests of c1 from /s.jsonl (recorded 2026-11-23T12:00:00.000Z) against demo 2.0.0',
        '',
        'same       tools/call clock',
        'changed    tools/call add',
        '           2 differences in the result.',
        `             ~ result.content[0].text: "sum 5" → "${'x'.repeat(78)}…`,
        '             + result.extra: 1',
        '',
        '1 same, 1 changed. 1 volatile difference ignored.',
        'Server requests: 0 answered from the recording, 1 refused (not in the recording).',
        'The replay was recorded to /r.jsonl',
        '',
      ].join('\n'),
    );
  });

  it('colours the verdicts only when asked, and explains a failed connection', () => {
    expect(replayText(report, true)).toContain('\u001b[33mchanged  \u001b[0m');
    expect(replayText(report, false)).not.toContain('\u001b[');
    const failed = replayText({ ...report, outcome: 'connect-failed', error: 'spawn nope ENOENT', stderrTail: ['boom'], requests: [], recordedTo: undefined }, false);
    expect(failed).toBe('Could not connect to node server.js: spawn nope ENOENT\nLast lines on stderr:\n  boom\n');
  });
});
