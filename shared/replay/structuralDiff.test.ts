import { describe, expect, it } from 'vitest';
import { DEFAULT_IGNORE_RULES, userIgnoreRules } from './ignoreRules';
import { compilePathGlob, formatPath } from './jsonPath';
import { structuralDiff } from './structuralDiff';

describe('structuralDiff', () => {
  it('names each difference by its path: added, removed, changed, arrays by index', () => {
    const before = { content: [{ type: 'text', text: 'sum 5' }, { type: 'text', text: 'x' }], meta: { a: 1 }, gone: true };
    const after = { content: [{ type: 'text', text: 'sum 6' }], meta: { a: 1, b: [1] }, 'odd key': null };
    expect(structuralDiff(before, after).differences).toEqual([
      { path: 'content[0].text', kind: 'changed', before: 'sum 5', after: 'sum 6' },
      { path: 'content[1]', kind: 'removed', before: { type: 'text', text: 'x' } },
      { path: 'meta.b', kind: 'added', after: [1] },
      { path: 'gone', kind: 'removed', before: true },
      { path: '["odd key"]', kind: 'added', after: null },
    ]);
  });

  it('finds nothing between equal values, whatever their key order', () => {
    expect(structuralDiff({ a: [1, { b: 2, c: 3 }] }, { a: [1, { c: 3, b: 2 }] })).toEqual({ differences: [], ignored: [] });
  });

  it('reports a change of type at the place it happens', () => {
    expect(structuralDiff({ a: [1] }, { a: { 0: 1 } }).differences).toEqual([{ path: 'a', kind: 'changed', before: [1], after: { 0: 1 } }]);
    expect(structuralDiff(1, '1').differences).toEqual([{ path: '(the whole value)', kind: 'changed', before: 1, after: '1' }]);
  });
});

describe('ignore rules', () => {
  const rules = DEFAULT_IGNORE_RULES;

  it('sets volatile fields apart by rule: timestamps, durations, generated ids, progress tokens', () => {
    const before = { result: { createdAt: 1, durationMs: 12, sessionId: 'a', _meta: { progressToken: 3 }, value: 1 } };
    const after = { result: { createdAt: 2, durationMs: 40, sessionId: 'b', _meta: { progressToken: 9 }, value: 1 } };
    const diff = structuralDiff(before, after, rules);
    expect(diff.differences).toEqual([]);
    expect(diff.ignored).toEqual([
      { path: 'result.createdAt', rule: 'timestamp' },
      { path: 'result.durationMs', rule: 'duration' },
      { path: 'result.sessionId', rule: 'generated-id' },
      { path: 'result._meta.progressToken', rule: 'progress-token' },
    ]);
  });

  it('masks ISO dates and uuids inside strings, and still sees the rest of the text change', () => {
    const text = (when: string, id: string, word = 'done') => ({ text: `Job ${id} ${word} at ${when}` });
    const same = structuralDiff(text('2026-11-23T12:00:00.123Z', '0f8fad5b-d9cb-469f-a165-70867728950e'), text('2026-11-24T08:30:00Z', '7c9e6679-7425-40de-944b-e07fc1f90ae7'), rules);
    expect(same).toEqual({ differences: [], ignored: [{ path: 'text', rule: 'iso-date' }] });
    const changed = structuralDiff(text('2026-11-23T12:00:00Z', 'x'), text('2026-11-24T12:00:00Z', 'x', 'failed'), rules);
    expect(changed.differences).toHaveLength(1);
  });

  it('takes the user\'s globs: one step, any index, any depth, a whole subtree', () => {
    const user = userIgnoreRules(['result.content[*].text', '**.seed', 'result.stats']);
    const diff = structuralDiff(
      { result: { content: [{ text: 'a' }, { text: 'b' }], deep: { seed: 1 }, stats: { cpu: 1, mem: 2 }, kept: 1 } },
      { result: { content: [{ text: 'c' }, { text: 'd' }], deep: { seed: 2 }, stats: { cpu: 3 }, kept: 2 } },
      user,
    );
    expect(diff.differences.map((d) => d.path)).toEqual(['result.kept']);
    expect(diff.ignored.map((d) => d.path)).toEqual(['result.content[0].text', 'result.content[1].text', 'result.deep.seed', 'result.stats']);
  });

  it('compiles globs strictly and formats paths readably', () => {
    expect(compilePathGlob('a.*[2]').matches(['a', 'b', 2])).toBe(true);
    expect(compilePathGlob('a.*[2]').matches(['a', 'b', 3])).toBe(false);
    expect(compilePathGlob('**').matches([])).toBe(true);
    expect(compilePathGlob('a["x.y"]').matches(['a', 'x.y'])).toBe(true);
    expect(() => compilePathGlob('')).toThrow(/not a JSON path glob/);
    expect(() => compilePathGlob('a[')).toThrow(/not a JSON path glob/);
    expect(formatPath(['result', 'content', 0, 'text'])).toBe('result.content[0].text');
  });
});
