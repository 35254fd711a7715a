import { describe, expect, it } from 'vitest';
import { lineAndColumn, readJsonc } from './readJsonc';

describe('readJsonc', () => {
  it('reads JSON with line and block comments and trailing commas, as VS Code writes it', () => {
    const text = ['// My servers', '{', '  /* one */ "servers": {', '    "a": { "args": ["x", "y",], }, // trailing', '  },', '}', ''].join('\n');
    expect(readJsonc(text)).toEqual({ ok: true, value: { servers: { a: { args: ['x', 'y'] } } } });
  });

  it('names the line and column of the first problems, and counts the rest', () => {
    expect(readJsonc('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      ok: false,
      error: 'The config file is not valid JSON (comments and trailing commas are fine) at line 3, column 3: expected a comma',
    });
    expect(readJsonc('')).toMatchObject({ ok: false, error: expect.stringContaining('at line 1, column 1: expected a value') });
    expect(readJsonc('{"a": "open')).toMatchObject({ ok: false, error: expect.stringContaining('string never closed') });
    expect(readJsonc('{ /* never closed')).toMatchObject({ ok: false, error: expect.stringContaining('comment never closed') });
    const many = readJsonc('{ "a": , "b": , "c": , "d": , "e": }');
    expect(many).toMatchObject({ ok: false, error: expect.stringMatching(/column 8: expected a value; at line 1, column 15: expected a value; at .*; and \d+ more$/) });
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toBe('line 1, column 1');
    expect(lineAndColumn('ab\ncd', 4)).toBe('line 2, column 2');
  });
});
