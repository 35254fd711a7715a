import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StdioTarget } from '../../shared/connectionTypes';
import { writeHostileSession } from '../../e2e/fixtures/hostileSession';
import { confirmRecordedTarget } from './confirmRecordedTarget';
import { replayCommand } from './replayCommand';

function captureStderr(): () => string {
  let text = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  return () => text;
}

afterEach(() => vi.restoreAllMocks());

describe('mcp-inspect replay FILE with no server named (the file names what runs)', () => {
  it('without --yes and without a terminal: prints the command, cwd and env, flags NODE_OPTIONS, runs nothing, exits 2', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-hostile-'));
    const { file, marker } = writeHostileSession(dir);
    const stderr = captureStderr();
    const code = await replayCommand(['--no-record', file]);
    expect(code).toBe(2);
    expect(stderr()).toContain(`${process.execPath} -e`);
    expect(stderr()).toContain(`working directory  ${dir}`);
    expect(stderr()).toMatch(/env +NODE_OPTIONS=--import=data:text\/javascript,.*DANGEROUS/);
    expect(stderr()).toContain('Not run: give --yes');
    expect(existsSync(marker)).toBe(false);
  });

  it('with --yes it runs what it printed (the file really was hostile)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-hostile-'));
    const { file, marker } = writeHostileSession(dir);
    const stderr = captureStderr();
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const code = await replayCommand(['--no-record', '--yes', '--timeout', '2000', file]);
    expect(stderr()).toContain('NODE_OPTIONS');
    expect(code).toBe(3);
    expect(existsSync(marker)).toBe(true);
  });
});

describe('confirmRecordedTarget at a terminal', () => {
  const target: StdioTarget = { transport: 'stdio', command: 'node', args: ['server.js'], env: { API_KEY: 'from-the-person', LD_PRELOAD: '/tmp/x.so' } };
  const ask = async (answer: string) => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stderr = new PassThrough();
    let shown = '';
    stderr.on('data', (chunk: Buffer) => (shown += chunk.toString()));
    const confirmed = confirmRecordedTarget(target, { yes: false, stdin, stderr, given: { env: { API_KEY: 'from-the-person' }, headers: {} } });
    stdin.write(`${answer}\n`);
    return { confirmed: await confirmed, shown };
  };

  it('runs only on "y", shows the file\'s values and hides the ones the person gave', async () => {
    const yes = await ask('y');
    expect(yes.confirmed).toBe(true);
    expect(yes.shown).toMatch(/LD_PRELOAD=\/tmp\/x\.so .*DANGEROUS/);
    expect(yes.shown).toContain('Run this command? [y/N]');
    expect(yes.shown).not.toContain('from-the-person');
    expect((await ask('')).confirmed).toBe(false);
    expect((await ask('no')).confirmed).toBe(false);
  });
});
