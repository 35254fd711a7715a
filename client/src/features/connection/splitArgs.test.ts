import { describe, expect, it } from 'vitest';
import { joinArgs, splitArgs } from './splitArgs';

const ok = (text: string) => {
  const result = splitArgs(text);
  if (!result.ok) throw new Error(result.error);
  return result.args;
};

describe('splitArgs', () => {
  it('splits on any whitespace and ignores extra spaces', () => {
    expect(ok('  server.js   --port 3000\t-v\n')).toEqual(['server.js', '--port', '3000', '-v']);
    expect(ok('')).toEqual([]);
  });

  it('keeps quoted spaces, and empty quoted arguments', () => {
    expect(ok(`--name "My Server" --dir '/tmp/a b' ""`)).toEqual(['--name', 'My Server', '--dir', '/tmp/a b', '']);
    expect(ok(`a"b c"d`)).toEqual(['ab cd']);
  });

  it('treats single quotes literally and handles escapes in double quotes and outside', () => {
    expect(ok(`'a\\"b' "x\\"y\\\\z" p\\ q`)).toEqual(['a\\"b', 'x"y\\z', 'p q']);
    expect(ok(`"keep \\n as is"`)).toEqual(['keep \\n as is']);
    expect(ok(`--json '{"a": 1}'`)).toEqual(['--json', '{"a": 1}']);
  });

  it('does not expand anything', () => {
    expect(ok('$HOME ~ *.js')).toEqual(['$HOME', '~', '*.js']);
  });

  it('reports an unclosed quote', () => {
    expect(splitArgs('"abc')).toEqual({ ok: false, error: 'Unclosed double quote' });
    expect(splitArgs("it's")).toEqual({ ok: false, error: 'Unclosed single quote' });
  });
});

describe('joinArgs', () => {
  it('round-trips through splitArgs', () => {
    const cases = [['server.js', '--port', '3000'], ['a b', '', "it's", '{"a":1}', '$X', 'x\\y']];
    for (const args of cases) expect(ok(joinArgs(args))).toEqual(args);
    expect(joinArgs(['dist/index.js', 'stdio'])).toBe('dist/index.js stdio');
    expect(joinArgs(['-e', "console.error('x')", 'a b'])).toBe(`-e "console.error('x')" 'a b'`);
  });
});
