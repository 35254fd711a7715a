// runCheck against real fixture servers (official SDK, over stdio): its bounds, given as options, end
// every request and the run, and what the server did with each cancelled request is read off the wire.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StdioTarget } from '../../shared/connectionTypes';
import { fixtureServerCommand } from '../../e2e/fixtures/paths';
import { checkBounds, runCheck } from './runCheck';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixture = (file: string, ...args: string[]): StdioTarget => ({ transport: 'stdio', ...fixtureServerCommand(file.replace(/\.ts$/, ''), ...args), env: {}, cwd: repoRoot });

describe('runCheck', () => {
  it('derives its bounds from the timeout unless given', () => {
    expect(checkBounds({ timeoutMs: 10_000 })).toEqual({ idleMs: 10_000, totalMs: 30_000, runMs: 305_000 });
    expect(checkBounds({ timeoutMs: 1_000, requestBoundMs: 1_500, runBoundMs: 4_000 })).toEqual({ idleMs: 1_000, totalMs: 1_500, runMs: 4_000 });
  });

  // 20 calls × 700 ms need more than the run bound of 8 s (start-up included).
  it('cuts calls that send progress forever at the request bound, and the run at its bound', async () => {
    const run = await runCheck({ target: fixture('progressForeverServer.ts', '--tools', '20'), inspectorVersion: 'test', callTools: true, timeoutMs: 1_000, requestBoundMs: 700, runBoundMs: 8_000 });
    expect(run.outcome).toBe('checked');
    if (run.outcome !== 'checked') return;
    const { failures, stoppedEarly, requests } = run.exploration;
    expect(stoppedEarly).toBe("check's bound on the whole run (8000 ms) was reached");
    expect(requests['tools/call']!.sent).toBeLessThan(20);
    const hung = failures.filter((failure) => failure.hung);
    expect(hung.length).toBeGreaterThan(0);
    for (const failure of hung) {
      expect(failure).toMatchObject({ method: 'tools/call', bound: 'total', error: { code: -32001, message: expect.stringContaining('within 700 ms') } });
      expect(failure.fate?.cancellationSeq).toBeGreaterThan(failure.fate?.requestSeq ?? Infinity);
    }
  }, 30_000);

  it('does not call a request hung when the server answered it after the cancellation', async () => {
    const target = fixture('rules/cancellationIgnored.ts');
    const run = await runCheck({ target, inspectorVersion: 'test', callTools: true, timeoutMs: 300 });
    expect(run.outcome).toBe('checked');
    if (run.outcome !== 'checked') return;
    const [failure] = run.exploration.failures;
    expect(failure).toMatchObject({ method: 'tools/call', name: 'slow', bound: 'idle' });
    expect(failure?.hung).toBeUndefined();
    expect(failure?.fate?.responseSeq).toBeGreaterThan(failure?.fate?.cancellationSeq ?? Infinity);
  }, 30_000);
});
