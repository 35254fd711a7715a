import { describe, expect, it } from 'vitest';
import { fitTabs } from './tabOverflow';

describe('fitTabs', () => {
  const widths = [100, 60, 80, 50, 90];

  it('shows every tab when they all fit, without room for More', () => {
    expect(fitTabs(widths, 380, 60, 0)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the leading tabs that fit beside the More button', () => {
    expect(fitTabs(widths, 290, 60, 1)).toEqual([0, 1]);
    expect(fitTabs(widths, 310, 60, 0)).toEqual([0, 1, 2]);
  });

  it('keeps the selected tab on the row, dropping tabs from the end for it', () => {
    expect(fitTabs(widths, 310, 60, 4)).toEqual([0, 1, 4]);
    expect(fitTabs(widths, 250, 60, 4)).toEqual([0, 4]);
  });

  it('shows the selected tab even when nothing else fits', () => {
    expect(fitTabs(widths, 100, 60, 2)).toEqual([2]);
  });
});
