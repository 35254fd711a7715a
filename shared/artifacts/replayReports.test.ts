// replay's JUnit and SARIF: golden files for a fixed report, read back by their consumers (the SARIF
// 2.1.0 schema, an XML parser). Real replays against a changed server are in e2e/replay.spec.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { countVerdicts, replayExitCode, type ReplayedRequest, type ReplayReport } from '../replay/replayReport';
import { replayJunit, replaySarif } from './replayReports';
import { sarifSchemaErrors } from './testing/sarifSchema';

const golden = (name: string, actual: string) => {
  const file = path.join(import.meta.dirname, 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
};

const request = (index: number, method: string, subject: string | undefined, verdict: ReplayedRequest['verdict'], extra: Partial<ReplayedRequest> = {}): ReplayedRequest => ({
  index,
  recordedSeq: index * 2 + 3,
  method,
  ...(subject === undefined ? {} : { subject }),
  verdict,
  reason: verdict === 'same' ? 'The same answer.' : 'It differs.',
  differences: [],
  ignored: [],
  recorded: { kind: 'result', result: {} },
  replayed: { kind: 'result', result: {} },
  durationMs: 5 * index,
  ...extra,
});

const requests = [
  request(1, 'tools/list', undefined, 'changed', { reason: '1 difference in the result.', differences: [{ path: 'result.tools[1]', kind: 'removed', before: { name: 'add' } }] }),
  request(2, 'tools/call', 'echo', 'same', { ignored: [{ path: 'result._meta.time', rule: 'timestamps' }] }),
  request(3, 'tools/call', 'add', 'missing', { reason: 'tools/call add no longer exists: Unknown tool: add' }),
  request(4, 'resources/read', 'demo://1', 'changed', { reason: '1 difference in the result.', differences: [{ path: 'result.contents[0].text', kind: 'changed', before: 'a <b>', after: 'c & d' }] }),
];
const report: ReplayReport = {
  version: 1,
  outcome: 'replayed',
  file: 'sessions/demo.session.jsonl',
  recordedAt: '2026-12-01T10:00:00.000Z',
  connectionId: 'c1',
  target: { transport: 'stdio', command: 'node', args: ['server.js'], env: {} },
  server: { name: 'demo', version: '2.0.0', protocolVersion: '2025-11-25' },
  requests,
  counts: countVerdicts(requests),
  serverRequests: { answered: 0, refused: 0 },
  ignore: [],
  exitCode: replayExitCode('replayed', requests),
};

describe('replay --format junit|sarif', () => {
  it('writes the golden JUnit report: one case per replayed request, failed unless the same', () => {
    const xml = replayJunit(report);
    expect(XMLValidator.validate(xml)).toBe(true);
    golden('replay.junit.xml', xml);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(xml);
    const cases = parsed.testsuites.testsuite.testcase as { name: string; failure?: { type: string; '#text': string } }[];
    expect(cases.map((testCase) => [testCase.name, testCase.failure?.type])).toEqual([
      ['#1 tools/list', 'changed'],
      ['#2 tools/call echo', undefined],
      ['#3 tools/call add', 'missing'],
      ['#4 resources/read demo://1', 'changed'],
    ]);
    expect(cases[3]!.failure!['#text']).toContain('changed result.contents[0].text: "a <b>" → "c & d"');
  });

  it('writes the golden SARIF log, valid against the SARIF 2.1.0 schema, one result per request not the same', () => {
    const log = replaySarif(report, { toolVersion: '0.1.0', artifact: report.file });
    expect(sarifSchemaErrors(log)).toEqual([]);
    golden('replay.sarif.json', `${JSON.stringify(log, null, 2)}\n`);
    expect(log.runs[0]!.results!.map((result) => result.ruleId)).toEqual(['replay-changed', 'replay-missing', 'replay-changed']);
    expect(log.runs[0]!.invocations![0]!.exitCode).toBe(1);
  });

  it('reports a server that could not be reached as a failed handshake', () => {
    const failed: ReplayReport = { ...report, outcome: 'connect-failed', error: 'spawn nope ENOENT', stderrTail: [], requests: [], counts: countVerdicts([]), exitCode: 3 };
    expect(replayJunit(failed)).toContain('<failure message="Could not connect: spawn nope ENOENT" type="connect-failed">');
    const log = replaySarif(failed, { toolVersion: '0.1.0' });
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results).toMatchObject([{ ruleId: 'replay-connect-failed' }]);
  });
});
