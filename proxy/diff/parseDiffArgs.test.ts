import { describe, expect, it } from 'vitest';
import { parseDiffArgs } from './parseDiffArgs';

const run = (argv: string[]) => {
  const parsed = parseDiffArgs(argv);
  if (parsed.kind !== 'run') throw new Error(JSON.stringify(parsed));
  return parsed.options;
};

describe('parseDiffArgs', () => {
  it('takes a second session file, a command line or --url as the other side', () => {
    expect(run(['a.jsonl', 'b.jsonl'])).toMatchObject({ before: 'a.jsonl', after: { kind: 'file', file: 'b.jsonl' }, format: 'text', failOn: 'breaking' });
    expect(run(['--fail-on', 'any', 'a.jsonl', 'node', 'server.js', '--json'])).toMatchObject({ failOn: 'any', after: { kind: 'server', server: { target: { kind: 'command', command: 'node', args: ['server.js', '--json'] } } } });
    expect(run(['a.jsonl', '--', 'b.jsonl'])).toMatchObject({ after: { kind: 'server', server: { target: { kind: 'command', command: 'b.jsonl' } } } });
    expect(run(['a.jsonl', '--url', 'http://127.0.0.1:3001/mcp', '--format', 'junit'])).toMatchObject({ format: 'junit', after: { kind: 'server', server: { target: { kind: 'url', url: 'http://127.0.0.1:3001/mcp' } } } });
  });

  it('says what is missing or contradictory', () => {
    expect(parseDiffArgs([])).toMatchObject({ kind: 'error', message: expect.stringContaining('diff needs two sides') });
    expect(parseDiffArgs(['a.jsonl'])).toMatchObject({ kind: 'error', message: expect.stringContaining('diff needs two sides') });
    expect(parseDiffArgs(['--json', '--format', 'junit', 'a.jsonl', 'b.jsonl'])).toEqual({ kind: 'error', message: '--json and --format junit ask for two formats: give one' });
    expect(parseDiffArgs(['--fail-on', 'some', 'a.jsonl', 'b.jsonl'])).toEqual({ kind: 'error', message: '--fail-on must be breaking or any (got "some")' });
  });
});
