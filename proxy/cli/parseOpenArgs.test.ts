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
    expect(options(['s.jsonl'])).toEqual({ file: 's.jsonl', port: 6280, portExplicit: false, token: undefined, open: true });
    expect(options(['--port', '0', 's.jsonl', '--no-open', '--token', 'abc'])).toEqual({ file: 's.jsonl', port: 0, portExplicit: true, token: 'abc', open: false });
  });

  it('refuses no file, two files, server options and recording options', () => {
    expect(error([])).toMatch(/needs one session file/);
    expect(error(['a.jsonl', 'b.jsonl'])).toMatch(/more than one: "a.jsonl" and "b.jsonl"/);
    expect(error(['--url', 'http://h/mcp'])).toMatch(/--url does not apply/);
    expect(error(['-e', 'A=1', 'a.jsonl'])).toMatch(/do not apply to open/);
    expect(error(['a.jsonl', '--no-record'])).toMatch(/not recorded again/);
  });

  it('answers --help', () => {
    expect(parseOpenArgs(['--help']).kind).toBe('help');
  });
});
