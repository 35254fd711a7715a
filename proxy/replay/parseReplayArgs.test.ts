import { describe, expect, it } from 'vitest';
import { parseReplayArgs } from './parseReplayArgs';

const run = (argv: string[]) => {
  const parsed = parseReplayArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected run, got ${JSON.stringify(parsed)}`);
  return parsed.options;
};

describe('parseReplayArgs', () => {
  it('reads the file, its own flags and the server command after it', () => {
    const options = run(['--json', '--ignore', 'result.content[*].text', 'a.jsonl', '--timeout', '500', '-e', 'K=V', '--', 'node', 'server.js', '--json']);
    expect(options).toMatchObject({ file: 'a.jsonl', format: 'json', ignore: ['result.content[*].text'], timeoutMs: 500 });
    expect(options.server.target).toEqual({ kind: 'command', command: 'node', args: ['server.js', '--json'] });
    expect(options.server.env).toEqual({ K: 'V' });
  });

  it('takes --url, no target at all (the recorded one), and recording options', () => {
    expect(run(['a.jsonl', '--url', 'http://127.0.0.1:3001/mcp']).server.target).toEqual({ kind: 'url', url: 'http://127.0.0.1:3001/mcp' });
    const recorded = run(['--record', 'out.jsonl', 'a.jsonl', '--connection', 'c2']);
    expect(recorded.server.target).toBeUndefined();
    expect(recorded.server.recordFile).toBe('out.jsonl');
    expect(recorded.connectionId).toBe('c2');
    expect(run(['a.jsonl', 'node', 'server.js']).server.target).toEqual({ kind: 'command', command: 'node', args: ['server.js'] });
  });

  it('runs the recorded server without asking only with --yes', () => {
    expect(run(['a.jsonl']).yes).toBe(false);
    expect(run(['--yes', 'a.jsonl']).yes).toBe(true);
    expect(parseReplayArgs(['--yes=1', 'a.jsonl'])).toEqual({ kind: 'error', message: '--yes takes no value' });
  });

  it('refuses what makes no sense, with the reason', () => {
    expect(parseReplayArgs([])).toEqual({ kind: 'error', message: 'replay needs a session file: mcp-inspect replay FILE [--] [command…]' });
    expect(parseReplayArgs(['--port', '3', 'a.jsonl'])).toMatchObject({ kind: 'error', message: expect.stringMatching(/--port does not apply/) });
    expect(parseReplayArgs(['--ignore', 'a[', 'a.jsonl'])).toMatchObject({ kind: 'error', message: expect.stringMatching(/^--ignore: "a\[" is not a JSON path glob/) });
    expect(parseReplayArgs(['--timeout', 'soon', 'a.jsonl'])).toMatchObject({ kind: 'error' });
    expect(parseReplayArgs(['--help'])).toEqual({ kind: 'help' });
  });
});

describe('parseReplayArgs: options in any order (one table)', () => {
  it('reads replay --era modern FILE as the era and then the file', () => {
    const options = run(['--era', 'modern', 'a.jsonl']);
    expect(options.file).toBe('a.jsonl');
    expect(options.server.era).toBe('modern');
    expect(options.server.target).toBeUndefined();
    expect(run(['a.jsonl', '--era=auto', '--json']).server.era).toBe('auto');
  });

  it('takes --yes, repeated --ignore, and OAuth options with --url wherever they come', () => {
    const options = run(['--yes', 'a.jsonl', '--ignore', 'x', '--client-id', 'c', '--ignore=y', '--url', 'http://h/mcp']);
    expect(options).toMatchObject({ yes: true, ignore: ['x', 'y'], file: 'a.jsonl' });
    expect(options.server.oauth).toEqual({ clientId: 'c' });
    expect(run(['a.jsonl']).yes).toBe(false);
  });
});
