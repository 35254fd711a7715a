// `mcp-inspect check` always ends and says everything: against fixture servers that hang (progress
// forever, ignoring cancellation; never answering initialize), that publish hostile input schemas,
// that fail requests or tool calls, and whose tool must run as a task. Each run must finish (a check
// that hangs fails this spec by its timeout), with its exit code and the failure named in text and JSON.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { fixtureServer, runCheck, type CheckJson } from './fixtures/checkCli';

const json = (stdout: string) => JSON.parse(stdout) as CheckJson;

test.describe('check always ends', () => {
  test('reports a call that sends progress forever and ignores its cancellation as hung, and exits 1', async () => {
    // --timeout 2000: the total bound per request is 3 × 2000 ms, whatever progress arrives.
    test.setTimeout(90_000);
    const args = ['--call-tools', '--timeout', '2000', '--', ...fixtureServer('progressForeverServer.ts')];
    // One after the other: the handshake's bound (2000 + 5000 ms) must cover the start of a tsx server.
    const text = await runCheck(args);
    const report = await runCheck(['--json', ...args]);
    expect(text.code, text.stdout).toBe(1);
    expect(text.stdout).toMatch(/Hung requests \(1\)\n {2}tools\/call "spin-1" \(messages \d+, \d+\)\n {4}error -32001: No response within 6000 ms, the total bound per request that progress does not extend/);
    expect(text.stdout).toMatch(/Check cancelled it \(message \d+\) after \d+ progress notifications; the server ignored the cancellation and sent \d+ more \(last: \d+ "step \d+, never done"\); it never answered\./);
    expect(text.stdout).toContain('1 hung request.');
    const { failures = [], exitCode } = json(report.stdout);
    expect(exitCode).toBe(1);
    expect(report.code, report.stdout).toBe(1);
    expect(failures).toHaveLength(1);
    const [hung] = failures;
    expect(hung).toMatchObject({ method: 'tools/call', name: 'spin-1', hung: true, bound: 'total', error: { code: -32001 } });
    // At 200 ms per notification over 3 s: many before the cancellation, and more after it.
    expect(hung?.fate?.progressCount).toBeGreaterThan(5);
    expect(hung?.fate?.progressAfterCancellation).toBeGreaterThan(0);
    expect(hung?.fate?.cancellationSeq).toBeGreaterThan(hung?.fate?.requestSeq ?? Infinity);
    expect(hung?.fate?.responseSeq).toBeUndefined();
  });

  test('ends when tools/list itself never ends, and still pings', async () => {
    const { code, stdout } = await runCheck(['--json', '--timeout', '2000', '--', ...fixtureServer('progressForeverServer.ts', '--hang-list')]);
    const report = json(stdout);
    expect(code, stdout).toBe(1);
    expect(report.failures).toEqual([expect.objectContaining({ method: 'tools/list', hung: true })]);
    expect(report.requests?.ping).toEqual({ sent: 1, failed: 0 });
  });

  test('stops at its bound on the whole run, says so, and exits 1', async () => {
    test.setTimeout(90_000);
    // --timeout 500 (progress every 200 ms keeps each call alive): each call is cut after 1500 ms, the
    // run after 30 × 500 + 5000 ms; 30 calls would need 45 s.
    const { code, stdout } = await runCheck(['--json', '--call-tools', '--timeout', '500', '--', ...fixtureServer('progressForeverServer.ts', '--tools', '30')]);
    const report = json(stdout);
    expect(code, stdout).toBe(1);
    expect(report.stoppedEarly).toBe("check's bound on the whole run (20000 ms) was reached");
    expect(report.requests?.['tools/call']?.sent).toBeGreaterThan(0);
    expect(report.requests?.['tools/call']?.sent).toBeLessThan(30);
    expect(report.requests?.ping).toBeUndefined();
  });

  test('ends with exit 3 when the server never answers initialize', async () => {
    const { code, stdout } = await runCheck(['--timeout', '1000', '--', process.execPath, '-e', 'process.stdin.resume()']);
    expect(code).toBe(3);
    expect(stdout).toContain('Could not connect: The server did not complete the handshake within 6000 ms');
  });
});

test.describe('check says everything', () => {
  test('skips and names each tool whose input schema it cannot satisfy, and calls the rest', async () => {
    const args = ['--call-tools', '--', ...fixtureServer('hostileSchemaServer.ts')];
    const [text, report] = await Promise.all([runCheck(args), runCheck(['--json', ...args])]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Tools not called (6)');
    expect(text.stdout).toMatch(/"huge-string"\n {4}check cannot build arguments from its inputSchema: `x` asks for at least 600000000 characters/);
    const { skippedTools = [], requests, failures } = json(report.stdout);
    expect(Object.fromEntries(skippedTools.map(({ name, reason }) => [name, reason]))).toEqual({
      'huge-string': expect.stringContaining('at least 600000000 characters'),
      'huge-array': expect.stringContaining('at least 4294967296 items'),
      'self-reference': expect.stringContaining('nest deeper than 8 levels'),
      'two-types': expect.stringContaining('types that exclude each other'),
      'min-over-max': expect.stringContaining('minimum 10, maximum 1'),
      'nothing-allowed': expect.stringContaining('`not` at `x`'),
    });
    expect(requests?.['tools/call']).toEqual({ sent: 1, failed: 0 });
    expect(failures).toEqual([]);
  });

  test('names a failed prompts/get with its error, and a tool result with isError with its text', async () => {
    const args = ['--call-tools', '--', ...fixtureServer('faultyAnswersServer.ts')];
    const [text, report] = await Promise.all([runCheck(args), runCheck(['--json', ...args])]);
    expect(text.stdout).toMatch(/Failed requests \(1\)\n {2}prompts\/get "greet"\n {4}error -32602: .*greet: arguments is required/);
    expect(text.stdout).toMatch(/Tool results with isError \(1\)\n {2}tools\/call "broken"\n {4}The database at db\.example is unreachable/);
    // Neither breaks the protocol: named, but no error finding.
    expect(text.code).toBe(0);
    const { failures, toolErrors, exitCode } = json(report.stdout);
    expect(failures).toEqual([{ method: 'prompts/get', name: 'greet', error: { code: -32602, message: expect.stringContaining('greet: arguments is required') } }]);
    expect(toolErrors).toEqual([{ name: 'broken', text: 'The database at db.example is unreachable' }]);
    expect(exitCode).toBe(0);
  });

  test('calls a task-required tool as a task and fetches its result', async () => {
    const { code, stdout } = await runCheck(['--json', '--call-tools', '--', ...fixtureServer('requiredTaskServer.ts')]);
    const report = json(stdout);
    // The SDK rejects a plain call of this tool: a failure here means it was not called as a task.
    expect(report.failures).toEqual([]);
    expect(report.requests?.['tools/call']).toEqual({ sent: 1, failed: 0 });
    expect(report.requests?.['tasks/result']).toEqual({ sent: 1, failed: 0 });
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });
});

test('ends with exit 3 when an HTTP server accepts the connection but never answers', async () => {
  const silent = http.createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = silent.address() as AddressInfo;
    const { code, stdout } = await runCheck(['--json', '--timeout', '1000', '--url', `http://127.0.0.1:${port}/mcp`]);
    expect(code).toBe(3);
    expect(json(stdout)).toMatchObject({ outcome: 'connect-failed', exitCode: 3, error: expect.stringContaining('did not complete the handshake within 6000 ms') });
  } finally {
    silent.closeAllConnections();
    silent.close();
  }
});
