import { describe, expect, it } from 'vitest';
import { formatSeverityCounts } from './severityCounts';

describe('formatSeverityCounts', () => {
  it('names every severity, worst first, singular for one', () => {
    expect(formatSeverityCounts({ error: 2, warning: 1, info: 0 })).toBe('2 errors · 1 warning · 0 info');
    expect(formatSeverityCounts({ error: 1, warning: 0, info: 3 })).toBe('1 error · 0 warnings · 3 info');
  });
});
