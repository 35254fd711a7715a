import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../recordedEvent';
import { sessionInterface } from './sessionInterface';

let seq = 0;
const message = (direction: 'outgoing' | 'incoming', body: Record<string, unknown>): RecordedEvent => ({ seq: ++seq, time: seq, connectionId: 'c1', kind: 'message', direction, message: { jsonrpc: '2.0', ...body }, size: 0 });
const list = (id: number, params: Record<string, unknown> | undefined, tools: string[], nextCursor?: string) => [
  message('outgoing', { id, method: 'tools/list', ...(params ? { params } : {}) }),
  message('incoming', { id, result: { tools: tools.map((name) => ({ name, inputSchema: { type: 'object' } })), ...(nextCursor ? { nextCursor } : {}) } }),
];

describe('sessionInterface', () => {
  it('keeps the last walk of each list, its pages joined, and says which lists it holds', () => {
    const events = [...list(1, undefined, ['a', 'b'], 'p2'), ...list(2, { cursor: 'p2' }, ['c']), ...list(3, undefined, ['a'], 'p2'), ...list(4, { cursor: 'p2' }, ['d'])];
    const recorded = sessionInterface(events);
    expect(recorded.interface.tools.map((tool) => tool.name)).toEqual(['a', 'd']);
    expect(recorded.listed).toEqual(['tools']);
    expect(recorded.partial).toEqual([]);
  });

  it('says when the last walk stopped before its last page', () => {
    expect(sessionInterface(list(1, undefined, ['a'], 'p2')).partial).toEqual(['tools']);
  });

  it('ignores lists that failed', () => {
    const events = [...list(1, undefined, ['a']), message('outgoing', { id: 2, method: 'tools/list' }), message('incoming', { id: 2, error: { code: -32603, message: 'down' } })];
    expect(sessionInterface(events).interface.tools.map((tool) => tool.name)).toEqual(['a']);
  });
});
