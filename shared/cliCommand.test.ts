import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ConnectionTarget } from './connectionTypes';
import { cliCommandFor, shellQuote } from './cliCommand';

const stdio: ConnectionTarget = { transport: 'stdio', command: 'node', args: ['dist/index.js', 'stdio'], env: {} };

/** What a POSIX shell makes of a command line: its words, one per line (printf runs in the same sh). */
function shellWords(commandLine: string, env: Record<string, string> = {}): string[] {
  const output = execFileSync('sh', ['-c', `set -- ${commandLine}; for word in "$@"; do printf '%s\\0' "$word"; done`], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
  });
  return output.split('\0').slice(0, -1);
}

describe('shellQuote', () => {
  it('leaves safe words bare and quotes the rest so the shell reads them back exactly', () => {
    expect(shellQuote('tools/call')).toBe('tools/call');
    expect(shellQuote('message=hi')).toBe('message=hi');
    const nasty = ["it's", 'a b', '$HOME', '`id`', 'x;rm -rf /', '"q"', '', 'new\nline', '*', 'back\\slash', 'héllo'];
    expect(shellWords(nasty.map(shellQuote).join(' '))).toEqual(nasty);
  });
});

describe('cliCommandFor', () => {
  it('builds tools/call with --tool-arg per argument, non-strings as JSON', () => {
    const command = cliCommandFor({ method: 'tools/call', params: { name: 'add', arguments: { a: 1, b: 2.5, note: "it's fine", deep: { x: [1] } } } }, stdio);
    expect(command).toBe(
      `mcp-inspect --cli node dist/index.js stdio --method tools/call --tool-name add --tool-arg a=1 --tool-arg b=2.5 --tool-arg 'note=it'\\''s fine' --tool-arg 'deep={"x":[1]}'`,
    );
    expect(shellWords(command!).slice(-8)).toEqual(['--tool-arg', 'a=1', '--tool-arg', 'b=2.5', '--tool-arg', "note=it's fine", '--tool-arg', 'deep={"x":[1]}']);
  });

  it('falls back to --tool-args-json when a string would be read back as JSON', () => {
    const command = cliCommandFor({ method: 'tools/call', params: { name: 'echo', arguments: { message: '42', other: 'x' } } }, stdio);
    expect(shellWords(command!).slice(-4)).toEqual(['--tool-name', 'echo', '--tool-args-json', '{"message":"42","other":"x"}']);
  });

  it('builds resources/read, prompts/get, logging/setLevel, lists and ping', () => {
    expect(cliCommandFor({ method: 'resources/read', params: { uri: 'demo://resource/static/document/a b.md' } }, stdio)).toBe(
      "mcp-inspect --cli node dist/index.js stdio --method resources/read --uri 'demo://resource/static/document/a b.md'",
    );
    expect(cliCommandFor({ method: 'prompts/get', params: { name: 'args-prompt', arguments: { city: 'Paris', state: 'Île de France' } } }, stdio)).toBe(
      "mcp-inspect --cli node dist/index.js stdio --method prompts/get --prompt-name args-prompt --prompt-args city=Paris --prompt-args 'state=Île de France'",
    );
    expect(cliCommandFor({ method: 'logging/setLevel', params: { level: 'debug' } }, stdio)).toMatch(/--method logging\/setLevel --log-level debug$/);
    for (const method of ['tools/list', 'resources/list', 'resources/templates/list', 'prompts/list', 'ping']) {
      expect(cliCommandFor({ method }, stdio)).toBe(`mcp-inspect --cli node dist/index.js stdio --method ${method}`);
    }
  });

  it('has no command for methods the CLI cannot send or params it cannot express', () => {
    expect(cliCommandFor({ method: 'completion/complete', params: {} }, stdio)).toBeUndefined();
    expect(cliCommandFor({ method: 'tools/call', params: { arguments: {} } }, stdio)).toBeUndefined();
    expect(cliCommandFor({ method: 'toString' }, stdio)).toBeUndefined();
  });

  it('names remote servers by URL and transport, and refers to env values instead of copying them', () => {
    expect(cliCommandFor({ method: 'ping' }, { transport: 'streamable-http', url: 'http://127.0.0.1:3001/mcp', headers: {} })).toBe(
      'mcp-inspect --cli http://127.0.0.1:3001/mcp --transport http --method ping',
    );
    expect(cliCommandFor({ method: 'ping' }, { transport: 'sse', url: 'http://127.0.0.1:3001/sse', headers: {} })).toMatch(/--transport sse --method ping$/);
    const withEnv = cliCommandFor({ method: 'ping' }, { ...stdio, env: { API_KEY: 'sekret' } })!;
    expect(withEnv).not.toContain('sekret');
    expect(withEnv).toBe('mcp-inspect --cli -e "API_KEY=$API_KEY" node dist/index.js stdio --method ping');
    expect(shellWords(withEnv, { API_KEY: 'from-shell' })).toContain('API_KEY=from-shell');
  });
});
