import { describe, expect, it } from 'vitest';
import { fuzzyMatch, rankByQuery } from './fuzzyMatch';

describe('fuzzyMatch', () => {
  it('matches characters in order, case-insensitively, and says where', () => {
    expect(fuzzyMatch('gsm', 'get-sum')?.indices).toEqual([0, 4, 6]);
    expect(fuzzyMatch('ECHO', 'echo')?.indices).toEqual([0, 1, 2, 3]);
    expect(fuzzyMatch('mse', 'get-sum')).toBeUndefined();
  });

  it('scores exact > prefix > word start > inside a word > scattered', () => {
    const score = (query: string, text: string) => fuzzyMatch(query, text)?.score ?? -1;
    const exact = score('sum', 'sum');
    const prefix = score('sum', 'summarise');
    const wordStart = score('sum', 'get-sum');
    const inside = score('sum', 'checksum');
    const scattered = score('sum', 'simulate-user-message');
    expect([exact, prefix, wordStart, inside, scattered]).toEqual([...[exact, prefix, wordStart, inside, scattered]].sort((a, b) => b - a));
    expect(new Set([exact, prefix, wordStart, inside, scattered]).size).toBe(5);
  });

  it('treats camelCase humps as word starts', () => {
    expect(fuzzyMatch('sum', 'getSum')!.score).toBeGreaterThan(fuzzyMatch('sum', 'checksum')!.score);
  });

  it('an empty query matches everything', () => {
    expect(fuzzyMatch('  ', 'anything')).toEqual({ score: 0, indices: [] });
  });
});

describe('rankByQuery', () => {
  const tools = [
    { name: 'get-tiny-image', title: 'Tiny image' },
    { name: 'echo', title: 'Echo' },
    { name: 'get-sum', title: 'Add two numbers' },
    { name: 'toggle-logging', title: 'Start sending logs' },
  ];
  const rank = (query: string) => rankByQuery(tools, query, (t) => t.name, (t) => [t.title]).map((r) => r.item.name);

  it('puts the best match first and drops what does not match', () => {
    expect(rank('sum')).toEqual(['get-sum']);
    // Both start with the query; the one closer to it in length comes first.
    expect(rank('get')).toEqual(['get-sum', 'get-tiny-image']);
  });

  it('finds an item by its secondary text, below items whose name matches', () => {
    expect(rank('numbers')).toEqual(['get-sum']);
    expect(rank('log')[0]).toBe('toggle-logging');
  });

  it('drops scattered matches and mid-word secondary matches when something matches contiguously', () => {
    const listed = [
      { name: 'get-structured-content', title: 'Returns structured content along with an output schema' },
      { name: 'trigger-long-running-operation', title: 'Demonstrates a long running operation with progress' },
      { name: 'toggle-logging', title: 'Start sending logs' },
      { name: 'simulate-research-query', title: 'Shows long-running tasks' },
    ];
    const names = (query: string) => rankByQuery(listed, query, (t) => t.name, (t) => [t.title]).map((r) => r.item.name);
    expect(names('long')).toEqual(['trigger-long-running-operation', 'simulate-research-query']);
    // Nothing contiguous: scattered matches are all there is, so they stay.
    expect(names('tlro')).toEqual(['trigger-long-running-operation']);
  });

  it('keeps the given order for an empty query', () => {
    expect(rank('')).toEqual(tools.map((t) => t.name));
  });
});
