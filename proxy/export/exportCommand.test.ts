import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCommand } from './exportCommand';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await exportCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const assets = path.resolve('e2e/assets');

describe('mcp-inspect export', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the export to stdout, or to -o', async () => {
    const printed = await run(['--format', 'jsonl', path.join(assets, 'everything.session.jsonl')]);
    expect(printed).toMatchObject({ code: 0, stderr: '' });
    expect(printed.stdout).toBe(readFileSync(path.resolve('shared/artifacts/golden/everything.messages.jsonl'), 'utf8'));
    const out = path.join(dir, 'trace.json');
    expect(await run(['--format', 'otlp', '-o', out, path.join(assets, 'everything.session.jsonl')])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(path.resolve('shared/artifacts/golden/everything.otlp.json'), 'utf8'));
  });

  it('exports what a damaged file holds and says which lines were skipped', async () => {
    const { code, stdout, stderr } = await run(['--format', 'jsonl', path.join(assets, 'damaged.session.jsonl')]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').length).toBeGreaterThan(2);
    expect(stderr).toMatch(/damaged\.session\.jsonl: Line 3 is not JSON .*; skipped\./);
  });

  it('fails with exit 1 and a specific sentence when the file cannot be exported as asked', async () => {
    const missing = await run(['--format', 'otlp', path.join(dir, 'nope.jsonl')]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain('nope.jsonl: cannot read it (ENOENT)');
    const future = await run(['--format', 'otlp', path.join(assets, 'from-the-future.session.jsonl')]);
    expect(future.code).toBe(1);
    expect(future.stderr).toContain('written by a newer mcp-inspect');
    const har = await run(['--format', 'har', path.join(assets, 'everything.session.jsonl')]);
    expect(har).toMatchObject({ code: 1, stdout: '' });
    expect(har.stderr).toContain("HAR holds HTTP exchanges; this session's connections are stdio");
  });

  it('exits 2 on a usage error, 0 with help', async () => {
    expect(await run(['everything.session.jsonl'])).toMatchObject({ code: 2, stderr: expect.stringContaining('export needs --format') });
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format <format>');
  });
});
