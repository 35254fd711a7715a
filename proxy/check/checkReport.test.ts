import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/diagnosis';
import { checkExitCode, checkJson, checkText } from './checkReport';
import type { ExplorationSummary, FailedRequest } from './exploreServer';
import type { CheckRun } from './runCheck';

const finding = (ruleId: string, severity: Finding['severity'], seqs = [3, 4]): Finding => ({
  ruleId,
  severity,
  connectionId: 'c1',
  message: `${ruleId} happened.`,
  specSection: 'https://modelcontextprotocol.io/specification/2025-11-25/schema',
  seqs,
});

const pingFailure: FailedRequest = { method: 'ping', error: { code: -32601, message: 'Method not found' } };

const checked = (findings: Finding[], exploration: Partial<ExplorationSummary> = {}): CheckRun => ({
  outcome: 'checked',
  server: { name: 'demo', version: '1.2.3', protocolVersion: '2025-11-25' },
  exploration: { requests: { 'tools/list': { sent: 2, failed: 0 }, ping: { sent: 1, failed: 1 } }, sent: [], listed: { tools: [], prompts: [], resources: [] }, timedOut: 0, failures: [pingFailure], toolErrors: [], skippedTools: [], ...exploration },
  findings,
  eventCount: 9,
  requestOfMessage: new Map(),
});

/** A tools/call that sent progress until check's total bound cancelled it, and went on afterwards. */
const hungCall: FailedRequest = {
  method: 'tools/call',
  name: 'spin',
  error: { code: -32001, message: 'No response within 3000 ms, the total bound per request that progress does not extend' },
  jsonRpcId: 2,
  bound: 'total',
  fate: { progressCount: 20, progressAfterCancellation: 5, lastProgress: { progress: 20, message: 'still going' }, requestSeq: 7, cancellationSeq: 28 },
  hung: true,
};

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
        'Failed requests (1)',
        '  ping',
        '    error -32601: Method not found',
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
      failOn: 'error',
      counts: { error: 1, warning: 0, info: 0 },
      server: { name: 'demo', version: '1.2.3', protocolVersion: '2025-11-25' },
      requests: { 'tools/list': { sent: 2, failed: 0 }, ping: { sent: 1, failed: 1 } },
      failures: [pingFailure],
      toolErrors: [],
      skippedTools: [],
      findings: [{ ruleId: 'result-schema', title: 'Message does not match the schema', severity: 'error', message: 'result-schema happened.', specSection: 'https://modelcontextprotocol.io/specification/2025-11-25/schema', seqs: [3, 4] }],
    });
    expect(checkJson({ outcome: 'connect-failed', error: 'nope', stderrTail: ['boom'], findings: [], eventCount: 0 })).toMatchObject({ outcome: 'connect-failed', exitCode: 3, error: 'nope', stderrTail: ['boom'] });
  });

  it('exits 1 for a hung request or a run cut short by its bound, not for a request that merely failed', () => {
    expect(checkExitCode(checked([]))).toBe(0);
    expect(checkExitCode(checked([], { failures: [hungCall] }))).toBe(1);
    expect(checkExitCode(checked([], { failures: [{ ...hungCall, hung: undefined }] }))).toBe(0);
    expect(checkExitCode(checked([], { stoppedEarly: "check's bound on the whole run (35000 ms) was reached" }))).toBe(1);
  });

  it('names every failed request, hung request, isError result and tool not called, in text and JSON', () => {
    const promptFailure: FailedRequest = { method: 'prompts/get', name: 'greet', error: { code: -32602, message: 'arguments: Required' } };
    const run = checked([], {
      failures: [hungCall, promptFailure],
      toolErrors: [{ name: 'fail', text: 'Something went wrong' }],
      skippedTools: [
        { name: 'huge', reason: 'check cannot build arguments from its inputSchema: `x` asks for at least 600000000 characters' },
        { name: 'poll', reason: 'app only' },
        { name: 'submit', reason: 'app only' },
      ],
    });
    expect(checkText(run)).toBe(
      [
        'Checked demo 1.2.3 (protocol 2025-11-25), 9 recorded events.',
        'Sent: tools/list ×2, ping ×1 (1 failed)',
        '',
        'Hung requests (1)',
        '  tools/call "spin" (messages 7, 28)',
        '    error -32001: No response within 3000 ms, the total bound per request that progress does not extend',
        '    Check cancelled it (message 28) after 15 progress notifications; the server ignored the cancellation and sent 5 more (last: 20 "still going"); it never answered.',
        '',
        'Failed requests (1)',
        '  prompts/get "greet"',
        '    error -32602: arguments: Required',
        '',
        'Tool results with isError (1)',
        '  tools/call "fail"',
        '    Something went wrong',
        '',
        'Tools not called (3)',
        '  "huge"',
        '    check cannot build arguments from its inputSchema: `x` asks for at least 600000000 characters',
        '  "poll", "submit"',
        '    app only',
        '',
        '0 errors, 0 warnings, 0 info, 1 hung request.',
        '',
      ].join('\n'),
    );
    expect(checkJson(run)).toMatchObject({
      exitCode: 1,
      failures: [
        { method: 'tools/call', name: 'spin', hung: true, bound: 'total', error: { code: -32001 }, fate: { progressCount: 20, progressAfterCancellation: 5, cancellationSeq: 28 } },
        { method: 'prompts/get', name: 'greet', error: { code: -32602, message: 'arguments: Required' } },
      ],
      toolErrors: [{ name: 'fail', text: 'Something went wrong' }],
      skippedTools: [{ name: 'huge' }, { name: 'poll', reason: 'app only' }, { name: 'submit', reason: 'app only' }],
    });
  });
});
