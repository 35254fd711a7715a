// Where a JSON text goes wrong, as an offset: engines word JSON.parse errors differently and some
// (V8 for an unexpected token) name no position, while a person fixing a config file needs the line.
// A small recursive-descent scan, run only on text JSON.parse already refused.

class Stop {
  constructor(readonly offset: number) {}
}

/** The offset of the first character that makes `text` invalid JSON, or undefined if it is valid. */
export function jsonErrorOffset(text: string): number | undefined {
  let at = 0;
  const fail = (): never => {
    throw new Stop(at);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail();
      at++;
    }
  };
  const string = () => {
    at++;
    while (at < text.length && text[at] !== '"') {
      if (text[at]! < ' ') fail();
      at += text[at] === '\\' ? 2 : 1;
    }
    if (text[at] !== '"') fail();
    at++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match || match[0] === '' || match[0] === '-') fail();
    at += match![0].length;
  };
  const list = (close: string, item: () => void) => {
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      item();
      space();
      if (text[at] === ',') {
        at++;
        space();
      } else if (text[at] === close) return void at++;
      else fail();
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      list('}', () => {
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ':') fail();
        at++;
        value();
      });
    } else if (char === '[') list(']', value);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else number();
  };
  try {
    value();
    space();
    return at < text.length ? at : undefined;
  } catch (error) {
    if (error instanceof Stop) return error.offset;
    throw error;
  }
}
