import { describe, expect, it } from 'vitest';
import { newRootRow, rootsFromRows, rowsFromRoots } from './rootsDraft';

describe('roots draft', () => {
  it('keeps named and unnamed roots and drops blank rows', () => {
    const rows = [newRootRow('file:///a', 'A'), newRootRow(' ', ''), newRootRow('file:///b', ' ')];
    expect(rootsFromRows(rows)).toEqual({ ok: true, roots: [{ uri: 'file:///a', name: 'A' }, { uri: 'file:///b' }] });
  });

  it('refuses a URI that is not file://, naming the row', () => {
    expect(rootsFromRows([newRootRow('file:///a'), newRootRow('https://x', 'X')])).toEqual({
      ok: false,
      error: 'Root 2: A root URI must start with file://',
    });
  });

  it('round-trips roots', () => {
    const roots = [{ uri: 'file:///a', name: 'A' }, { uri: 'file:///b' }];
    expect(rootsFromRows(rowsFromRoots(roots))).toEqual({ ok: true, roots });
  });
});
