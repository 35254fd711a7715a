import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/diagnosis';
import { checkExitCode, checkJson, checkText } from './checkReport';
import type { CheckRun } from './runCheck';

const finding = (ruleId: string, severity: Finding['severity'], seqs = [3, 4]): Finding => ({
  ruleId,
  severity,
  connectionId: 'c1',
  message: `${ruleId} happened.`,
  specSection: 'https://modelcontextprotocol.io/specification/2025-11-25/schema',
  seqs,
});

const checked = (findings: Finding[]): CheckRun => ({
  outcome: 'checked',
  server: { name: 'demo', version: '1.2.3', protocolVersion: '2025-11-25' },
  exploration: { requests: { 'tools/list': { sent: 2, failed: 0 }, ping: { sent: 1, failed: 1 } }, timedOut: 0 },
  findings,
  eventCount: 9,
});

describe('check report', () => {
  it('exits 1 only for error findings, 3 when it could not connect', () => {
    expect(checkExitCode(checked([]))).toBe(0);
    expect(checkExitCode(checked([finding('tool-name-invalid', 'warning')]))).toBe(0);
    expect(checkExitCode(checked([finding('result-schema', 'error')]))).toBe(1);
    expect(checkExitCode({ outcome: 'connect-failed', error: 'spawn ENOENT', stderrTail: [], findings: [], eventCount: 1 })).toBe(3);
  });

  it("leaves findings the inspector's own requests caused out of the verdict and the counts, listing them apart", () => {
    const own: Finding = { ...finding('lifecycle-order', 'error', [2]), cause: 'inspector' };
    const run = checked([own, finding('tool-name-invalid', 'warning', [5])]);
    expect(checkExitCode(run)).toBe(0);
    expect(checkJson(run)).toMatchObject({ exitCode: 0, counts: { error: 0, warning: 1, info: 0 }, findings: [{ ruleId: 'lifecycle-order', cause: 'inspector' }, { ruleId: 'tool-name-invalid' }] });
    const text = checkText(run);
    expect(text).toContain("Caused by the inspector's own requests, not counted (1)\n  lifecycle-order (message 2)");
    expect(text).toContain('0 errors, 1 warning, 0 info.');
    expect(text).not.toContain('Errors (');
  });

  it('groups findings by severity, errors first, with message numbers and spec links', () => {
    const text = checkText(checked([finding('tool-name-invalid', 'warning', [5]), finding('result-schema', 'error')]));
    expect(text).toBe(
      [
        'Checked demo 1.2.3 (protocol 2025-11-25), 9 recorded events.',
        'Sent: tools/list ×2, ping ×1 (1 failed)',
        '',
        'Errors (1)',
        '  result-schema (messages 3, 4)',
        '    result-schema happened.',
        '    https://modelcontextprotocol.io/specification/2025-11-25/schema',
        '',
        'Warnings (1)',
        '  tool-name-invalid (message 5)',
        '    tool-name-invalid happened.',
        '    https://modelcontextprotocol.io/specification/2025-11-25/schema',
        '',
        '1 error, 1 warning, 0 info.',
        '',
      ].join('\n'),
    );
  });

  it('has a stable, versioned JSON shape', () => {
    expect(checkJson(checked([finding('result-schema', 'error')]))).toEqual({
      version: 1,
      outcome: 'checked',
      exitCode: 1,
      counts: { error: 1, warning: 0, info: 0 },
      server: { name: 'demo', version: '1.2.3', protocolVersion: '2025-11-25' },
      requests: { 'tools/list': { sent: 2, failed: 0 }, ping: { sent: 1, failed: 1 } },
      findings: [{ ruleId: 'result-schema', title: 'Message does not match the schema', severity: 'error', message: 'result-schema happened.', specSection: 'https://modelcontextprotocol.io/specification/2025-11-25/schema', seqs: [3, 4] }],
    });
    expect(checkJson({ outcome: 'connect-failed', error: 'nope', stderrTail: ['boom'], findings: [], eventCount: 0 })).toMatchObject({ outcome: 'connect-failed', exitCode: 3, error: 'nope', stderrTail: ['boom'] });
  });
});
