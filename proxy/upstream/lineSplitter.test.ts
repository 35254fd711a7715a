import { describe, expect, it } from 'vitest';
import { LineSplitter } from './lineSplitter';

function split(chunks: string[], options: { maxLineBytes?: number; overflow?: 'split' | 'discard' } = {}) {
  const lines: string[] = [];
  const overflows: number[] = [];
  const splitter = new LineSplitter({
    maxLineBytes: options.maxLineBytes ?? 1024,
    overflow: options.overflow ?? 'discard',
    onLine: (line) => lines.push(line),
    onOverflow: (bytes) => overflows.push(bytes),
  });
  for (const chunk of chunks) splitter.push(Buffer.from(chunk));
  splitter.end();
  return { lines, overflows };
}

describe('LineSplitter', () => {
  it('splits on \\n and \\r\\n, keeps empty lines and a last line without an ending', () => {
    expect(split(['a\r\nb\n\nc']).lines).toEqual(['a', 'b', '', 'c']);
  });

  it('joins pieces of a line across chunks, including a \\r\\n cut in two', () => {
    expect(split(['{"a":', '1}\r', '\nnext\n']).lines).toEqual(['{"a":1}', 'next']);
  });

  it('discards an over-long line up to its end, reports it once, and goes on', () => {
    const { lines, overflows } = split(['short\n', 'x'.repeat(6), 'x'.repeat(6), 'x\nafter\n'], { maxLineBytes: 10 });
    expect(lines).toEqual(['short', 'after']);
    expect(overflows).toEqual([12]);
  });

  it('hands on an over-long line in pieces when splitting', () => {
    expect(split(['abcdefghij', 'klm\n'], { maxLineBytes: 4, overflow: 'split' }).lines).toEqual(['abcd', 'efgh', 'ijkl', 'm']);
  });
});
