import { describe, expect, it } from 'vitest';
import { isEarlierAttemptOfList, queryKeys } from './queryKeys';

describe('isEarlierAttemptOfList', () => {
  it('matches the same list of the same connection at an earlier attempt', () => {
    expect(isEarlierAttemptOfList(queryKeys.mcpList('c1', 1, 'tools'), queryKeys.mcpList('c1', 2, 'tools'))).toBe(true);
  });

  it('never matches another connection, another list, a later attempt or a request key', () => {
    const key = queryKeys.mcpList('c1', 2, 'tools');
    expect(isEarlierAttemptOfList(queryKeys.mcpList('c2', 1, 'tools'), key)).toBe(false);
    expect(isEarlierAttemptOfList(queryKeys.mcpList('c1', 1, 'prompts'), key)).toBe(false);
    expect(isEarlierAttemptOfList(queryKeys.mcpList('c1', 3, 'tools'), key)).toBe(false);
    expect(isEarlierAttemptOfList(queryKeys.mcpList('c1', 2, 'tools'), key)).toBe(false);
    expect(isEarlierAttemptOfList(queryKeys.mcpRequest('c1', 1, 'tools/list'), key)).toBe(false);
  });
});
