import { describe, expect, it } from 'vitest';
import { parseExportArgs } from './parseExportArgs';

const message = (argv: string[]) => {
  const parsed = parseExportArgs(argv);
  return parsed.kind === 'error' ? parsed.message : parsed.kind;
};

describe('parseExportArgs', () => {
  it('reads the format, the file, the output and the connection in any order', () => {
    const expected = { kind: 'run', options: { file: 's.jsonl', format: 'har', output: 'out.har', connectionId: 'c2' } };
    expect(parseExportArgs(['--format', 'har', 's.jsonl', '-o', 'out.har', '--connection', 'c2'])).toEqual(expected);
    expect(parseExportArgs(['s.jsonl', '--connection=c2', '--output=out.har', '--format=har'])).toEqual(expected);
    expect(parseExportArgs(['-o', 'out.har', '--connection', 'c2', '--format', 'har', '--', 's.jsonl'])).toEqual(expected);
  });

  it('writes to stdout by default and for -o -', () => {
    expect(parseExportArgs(['--format', 'otlp', 's.jsonl'])).toEqual({ kind: 'run', options: { file: 's.jsonl', format: 'otlp', output: undefined, connectionId: undefined } });
    expect(parseExportArgs(['--format', 'jsonl', '-o', '-', 's.jsonl'])).toMatchObject({ kind: 'run', options: { output: undefined } });
  });

  it('reports usage errors in plain words', () => {
    expect(message(['s.jsonl'])).toBe('export needs --format: otlp, har or jsonl');
    expect(message(['--format', 'otlp'])).toBe('export needs a session file: mcp-inspect export --format otlp|har|jsonl FILE [-o OUT]');
    expect(message(['--format', 'zipkin', 's.jsonl'])).toBe('--format must be otlp, har or jsonl (got "zipkin")');
    expect(message(['--format', 'otlp', 'a.jsonl', 'b.jsonl'])).toBe('export takes one session file (got "a.jsonl", "b.jsonl")');
    expect(message(['--format', 'otlp', '--connection', '', 's.jsonl'])).toBe('--connection needs the id of a recorded connection (e.g. c1)');
    expect(message(['--format', 'otlp', '--url', 'http://h/mcp', 's.jsonl'])).toBe('--url does not apply to export (it reads a session file and connects to no server)');
    expect(message(['--port', '3', 's.jsonl'])).toContain('--port does not apply to export');
    expect(message(['--formt', 'otlp', 's.jsonl'])).toBe('Unknown option --formt (did you mean --format?)');
    expect(message(['--format', 'otlp', '-o'])).toBe('-o needs a value');
    expect(message(['--help', '--format', 'nope'])).toBe('help');
  });
});
