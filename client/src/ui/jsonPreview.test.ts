import { describe, expect, it } from 'vitest';
import { prettyJson, previewJson, primitiveText } from './jsonPreview';

describe('previewJson', () => {
  it('renders small values compactly', () => {
    expect(previewJson({ name: 'echo', arguments: { n: 1, ok: true, x: null }, list: [1, 'a'] })).toBe(
      '{name: "echo", arguments: {n: 1, ok: true, x: null}, list: [1, "a"]}',
    );
    expect(previewJson('plain')).toBe('"plain"');
    expect(previewJson(undefined)).toBe('undefined');
  });

  it('stops early on huge values and marks the cut', () => {
    const huge = { items: Array.from({ length: 100_000 }, (_, i) => ({ i, text: 'x'.repeat(50) })) };
    const text = previewJson(huge, 80);
    expect(text.length).toBe(80);
    expect(text.endsWith('…')).toBe(true);
  });

  it('survives deep nesting', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 1000; i++) deep = [deep];
    expect(previewJson(deep, 1000)).toContain('…');
  });
});

describe('primitiveText and prettyJson', () => {
  it('escapes strings and names non-JSON values', () => {
    expect(primitiveText('a"b\n')).toBe('"a\\"b\\n"');
    expect(primitiveText(Number.NaN)).toBe('null');
    expect(primitiveText(() => 1)).toBe('<function>');
  });

  it('pretty-prints and never throws', () => {
    expect(prettyJson({ a: 1 })).toBe('{\n  "a": 1\n}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(prettyJson(cyclic)).toMatch(/cannot serialise/);
  });
});
