import { describe, expect, it } from 'vitest';
import { jsonDepth, jsonTextOf, limitDepth, MAX_MESSAGE_DEPTH, safeJsonText, withDepthLimit } from './messageDepth';
import type { UnstampedEvent } from './recordedEvent';

const nestedText = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('message depth', () => {
  it('measures nesting without recursion, even 100,000 levels', () => {
    expect(jsonDepth(3)).toBe(0);
    expect(jsonDepth({})).toBe(1);
    expect(jsonDepth({ a: [1, { b: [] }], c: 'x' })).toBe(4);
    expect(jsonDepth(JSON.parse(nestedText(100_000)))).toBe(100_000);
  });

  it('writes the same text as JSON.stringify, and 100,000 levels where JSON.stringify overflows', () => {
    const value = { jsonrpc: '2.0', id: 'a"b', result: { list: [1, null, true, 'é\n', { nested: [[]] }], gone: undefined }, empty: {} };
    expect(jsonTextOf(value)).toBe(JSON.stringify(value));
    expect(jsonTextOf([undefined, 1])).toBe(JSON.stringify([undefined, 1]));
    const deep = JSON.parse(nestedText(100_000)) as unknown;
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
    expect(jsonTextOf(deep)).toBe(nestedText(100_000));
  });

  it('leaves a message within the limit as it is', () => {
    const limit = JSON.parse(nestedText(MAX_MESSAGE_DEPTH)) as unknown;
    expect(limitDepth(limit)).toBeUndefined();
    expect(limitDepth(JSON.parse(nestedText(MAX_MESSAGE_DEPTH + 1)))?.tooDeep.levels).toBe(MAX_MESSAGE_DEPTH + 1);
    const objectsAtLimit = JSON.parse(`${'{"a":'.repeat(MAX_MESSAGE_DEPTH)}1${'}'.repeat(MAX_MESSAGE_DEPTH)}`) as unknown;
    expect(limitDepth(objectsAtLimit)).toBeUndefined();
    expect(limitDepth({ wrapped: objectsAtLimit })?.tooDeep.levels).toBe(MAX_MESSAGE_DEPTH + 1);
    const event: UnstampedEvent = { kind: 'message', direction: 'incoming', message: { jsonrpc: '2.0', id: 1, result: {} }, size: 30 };
    expect(withDepthLimit(event)).toBe(event);
  });

  it('turns a message past the limit into a shallow stand-in that keeps id, method and its raw text', () => {
    const raw = `{"jsonrpc":"2.0","id":7,"result":{"structuredContent":${nestedText(100_000)}}}`;
    const event: UnstampedEvent = { kind: 'message', direction: 'incoming', message: JSON.parse(raw), size: raw.length };
    const limited = withDepthLimit(event);
    expect(limited).toEqual({ ...event, message: { jsonrpc: '2.0', id: 7, result: {} }, tooDeep: { levels: 100_002, raw } });
    // Everything downstream serialises it without trouble.
    expect(JSON.parse(JSON.stringify(limited))).toEqual(limited);
  });
});

describe('safeJsonText', () => {
  it('writes a message JSON.stringify cannot (too deep), and plain ones as JSON.stringify does', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(() => JSON.stringify(deep)).toThrow();
    expect(safeJsonText(deep)).toHaveLength(200_000 + 6);
    expect(safeJsonText({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}');
  });
});
