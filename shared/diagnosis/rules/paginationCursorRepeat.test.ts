import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { paginationCursorRepeatRule } from './paginationCursorRepeat';

function walk(stream: StreamBuilder, firstId: number, method: string, nextCursors: (string | undefined)[]): number[] {
  const seqs: number[] = [];
  let cursor: string | undefined;
  nextCursors.forEach((nextCursor, page) => {
    stream.clientRequest(firstId + page, method, cursor === undefined ? undefined : { cursor });
    seqs.push(stream.serverResult(firstId + page, { resources: [], ...(nextCursor === undefined ? {} : { nextCursor }) }));
    cursor = nextCursor;
  });
  return seqs;
}

describe('pagination-cursor-repeat', () => {
  it('reports a nextCursor that points back at the page just served, once', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    const seqs = walk(stream, 1, 'resources/list', ['p2', 'p2', 'p2', 'p2']);
    const findings = diagnose(stream.events, [paginationCursorRepeatRule]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.seqs).toEqual([seqs[1]! - 1, seqs[1]]);
    expect(findings[0]?.message).toContain('nextCursor "p2", which this walk through resources/list already used');
  });

  it('reports a longer loop', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    walk(stream, 1, 'prompts/list', ['a', 'b', 'a']);
    expect(diagnose(stream.events, [paginationCursorRepeatRule])).toHaveLength(1);
  });

  it('is silent on a finished walk, on separate walks reusing cursors and on interleaved walks', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    walk(stream, 1, 'resources/list', ['a', 'b', undefined]);
    walk(stream, 10, 'resources/list', ['a', 'b', undefined]);
    walk(stream, 20, 'tools/list', ['a', undefined]);
    stream.clientRequest(30, 'resources/list');
    stream.clientRequest(31, 'resources/list');
    stream.serverResult(30, { resources: [], nextCursor: 'x' });
    stream.serverResult(31, { resources: [], nextCursor: 'x' });
    expect(diagnose(stream.events, [paginationCursorRepeatRule])).toEqual([]);
  });
});
