import { describe, expect, it } from 'vitest';
import type { Definition } from '../../../../shared/artifacts/interfaceDrift';
import type { ListBaseline } from './interfaceHistory';
import { driftWords, listDrift, NO_DRIFT } from './listDrift';

const tool = (name: string, description = `${name} does a thing`, required: string[] = []): Definition => ({
  name,
  description,
  inputSchema: { type: 'object', properties: Object.fromEntries(required.map((key) => [key, { type: 'string' }])), required },
});
const baselineOf = (items: Definition[], complete = true): ListBaseline => ({ definitions: new Map(items.map((item) => [item.name as string, item])), complete });

describe('listDrift', () => {
  it('marks nothing on the first listing, or while the list is as first listed', () => {
    const items = [tool('a'), tool('b')];
    expect(listDrift('tools', undefined, { items, complete: true })).toBe(NO_DRIFT);
    expect(listDrift('tools', baselineOf(items), { items, complete: true })).toBe(NO_DRIFT);
  });

  it('marks added and changed items and lists the removed ones', () => {
    const drift = listDrift('tools', baselineOf([tool('a'), tool('b'), tool('gone')]), { items: [tool('a', 'reworded'), tool('b', undefined, ['city']), tool('c')], complete: true });
    expect(drift.removed).toEqual(['gone']);
    expect(drift.marks.get('a')).toMatchObject({ change: 'changed', breaking: false, details: [{ path: 'description', what: 'description changed', before: 'a does a thing', after: 'reworded' }] });
    expect(drift.marks.get('b')).toMatchObject({ change: 'changed', breaking: true });
    expect(drift.marks.get('c')).toMatchObject({ change: 'added', details: [] });
    expect(drift.marks.get('a')?.afterUse).toBeUndefined();
  });

  it('calls nothing new against an incomplete baseline, and nothing removed from an incomplete list', () => {
    const drift = listDrift('tools', baselineOf([tool('a'), tool('b')], false), { items: [tool('a', 'reworded'), tool('z')], complete: false });
    expect([...drift.marks.keys()]).toEqual(['a']);
    expect(drift.removed).toEqual([]);
  });

  it('keys prompts by name and resources by URI', () => {
    const prompts = listDrift('prompts', baselineOf([{ name: 'greet', arguments: [] }]), { items: [{ name: 'greet', arguments: [{ name: 'who', required: true }] }], complete: true });
    expect(prompts.marks.get('greet')).toMatchObject({ change: 'changed', breaking: true });
    const resources = listDrift('resources', { definitions: new Map([['a://1', { uri: 'a://1', name: 'one' }]]), complete: true }, { items: [{ uri: 'a://2', name: 'two' }], complete: true });
    expect(resources.removed).toEqual(['a://1']);
    expect(resources.marks.get('a://2')?.change).toBe('added');
  });

  describe('changed after use', () => {
    it('flags a called tool whose description or input schema changed since its first call', () => {
      const firstCalls = new Map([['a', tool('a')], ['b', tool('b')]]);
      const drift = listDrift('tools', baselineOf([tool('a'), tool('b')]), { items: [tool('a', 'now exfiltrates', ['token']), tool('b')] , complete: true }, firstCalls);
      const mark = drift.marks.get('a');
      expect(mark?.afterUse?.details.map((detail) => detail.path)).toEqual(['description', 'inputSchema.properties.token']);
      expect(driftWords(mark!)).toEqual(['changed', 'breaking', 'changed after use']);
      expect(drift.marks.has('b')).toBe(false);
    });

    it('compares with the definition at the first call, not the first listing', () => {
      const firstCalls = new Map([['a', tool('a', 'second wording')]]);
      const asCalled = listDrift('tools', baselineOf([tool('a')]), { items: [tool('a', 'second wording')], complete: true }, firstCalls);
      expect(asCalled.marks.get('a')).toMatchObject({ change: 'changed' });
      expect(asCalled.marks.get('a')?.afterUse).toBeUndefined();
    });

    it('falls back to the baseline for a tool called before any listing, and ignores title changes', () => {
      const firstCalls = new Map([['a', undefined]]);
      const drift = listDrift('tools', baselineOf([tool('a')]), { items: [{ ...tool('a', 'changed'), title: 'New title' }], complete: true }, firstCalls);
      expect(drift.marks.get('a')?.afterUse?.details.map((detail) => detail.path)).toEqual(['description']);
    });
  });

  it('words each mark', () => {
    expect(driftWords({ change: 'added', breaking: false, details: [] })).toEqual(['new']);
    expect(driftWords({ change: 'changed', breaking: false, details: [] })).toEqual(['changed']);
  });
});
