import { describe, expect, it } from 'vitest';
import { parseOpenArgs } from './parseOpenArgs';

function options(argv: string[]) {
  const parsed = parseOpenArgs(argv);
  if (parsed.kind !== 'open') throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function error(argv: string[]) {
  const parsed = parseOpenArgs(argv);
  return parsed.kind === 'error' ? parsed.message : undefined;
}

describe('parseOpenArgs', () => {
  it('takes one file, with the inspector options before or after it', () => {
    expect(options(['s.jsonl'])).toEqual({ file: 's.jsonl', port: 6280, portExplicit: false, token: undefined, open: true, record: true, sessionsDir: undefined });
    expect(options(['--port', '0', 's.jsonl', '--no-open', '--token', 'abc'])).toEqual({
      file: 's.jsonl',
      port: 0,
      portExplicit: true,
      token: 'abc',
      open: false,
      record: true,
      sessionsDir: undefined,
    });
  });

  it('takes where replays are recorded: --sessions-dir, or --no-record', () => {
    expect(options(['s.jsonl', '--sessions-dir', '/tmp/s'])).toMatchObject({ record: true, sessionsDir: '/tmp/s' });
    expect(options(['--no-record', 's.jsonl'])).toMatchObject({ record: false, sessionsDir: undefined });
    expect(error(['s.jsonl', '--no-record', '--sessions-dir', '/tmp/s'])).toMatch(/cannot be combined/);
  });

  it('refuses no file, two files, server options and recording options', () => {
    expect(error([])).toMatch(/needs one session file/);
    expect(error(['a.jsonl', 'b.jsonl'])).toMatch(/more than one: "a.jsonl" and "b.jsonl"/);
    expect(error(['--url', 'http://h/mcp'])).toMatch(/--url does not apply/);
    expect(error(['-e', 'A=1', 'a.jsonl'])).toMatch(/-e does not apply to open \(it shows a recorded session/);
    expect(error(['a.jsonl', '--record', 'b.jsonl'])).toMatch(/--record does not apply to open \(a reopened session is not recorded again/);
  });

  it('answers --help', () => {
    expect(parseOpenArgs(['--help']).kind).toBe('help');
  });
});
