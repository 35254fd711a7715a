import { describe, expect, it } from 'vitest';
import { countOf, pagedListSummary } from './pagedListSummary';

const templates = { one: 'resource template', other: 'resource templates' };

describe('pagedListSummary', () => {
  it('uses the singular for exactly one, of items and of pages', () => {
    expect(pagedListSummary(1, 1, templates)).toBe('1 resource template · 1 page');
  });

  it('uses the plural for none and for many', () => {
    expect(pagedListSummary(0, 1, templates)).toBe('0 resource templates · 1 page');
    expect(pagedListSummary(250, 3, { one: 'tool', other: 'tools' })).toBe('250 tools · 3 pages');
  });

  it('takes irregular plurals as given', () => {
    expect(countOf(2, { one: 'entry', other: 'entries' })).toBe('2 entries');
  });
});
