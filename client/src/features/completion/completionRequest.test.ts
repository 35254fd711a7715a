import { describe, expect, it } from 'vitest';
import { completionParams, earlierArguments, readCompletion, supportsCompletions } from './completionRequest';

describe('earlierArguments', () => {
  it('passes the filled-in arguments before this one, in form order', () => {
    const values = { department: 'Engineering', name: 'Al', note: 'x', empty: '' };
    expect(earlierArguments(['department', 'empty', 'name', 'note'], values, 'name')).toEqual({ department: 'Engineering' });
    expect(earlierArguments(['department', 'name'], values, 'department')).toEqual({});
  });
});

describe('completionParams', () => {
  it('sends context.arguments only when there is context', () => {
    const ref = { type: 'ref/prompt', name: 'completable-prompt' } as const;
    expect(completionParams(ref, 'department', 'E', {})).toEqual({ ref, argument: { name: 'department', value: 'E' } });
    expect(completionParams(ref, 'name', '', { department: 'Sales' })).toEqual({
      ref,
      argument: { name: 'name', value: '' },
      context: { arguments: { department: 'Sales' } },
    });
  });
});

describe('readCompletion', () => {
  it('reads values, total and hasMore', () => {
    expect(readCompletion({ completion: { values: ['Engineering'], total: 1, hasMore: false } })).toEqual({ values: ['Engineering'], total: 1, hasMore: false });
  });

  it('survives results that break the schema', () => {
    expect(readCompletion(null)).toEqual({ values: [], hasMore: false });
    expect(readCompletion({ completion: { values: ['a', 3, null, 'a', 'b'], hasMore: 'yes' } })).toEqual({ values: ['a', 'b'], hasMore: false });
  });

  it('keeps at most 100 values', () => {
    const values = Array.from({ length: 150 }, (_, i) => `v${i}`);
    expect(readCompletion({ completion: { values, hasMore: true } }).values).toHaveLength(100);
  });
});

describe('supportsCompletions', () => {
  it('needs the completions capability object', () => {
    expect(supportsCompletions({ completions: {} })).toBe(true);
    expect(supportsCompletions({ prompts: {} })).toBe(false);
    expect(supportsCompletions(undefined)).toBe(false);
  });
});
