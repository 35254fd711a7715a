import { describe, expect, it } from 'vitest';
import { formatElapsed } from './useElapsed';

describe('formatElapsed', () => {
  it('reads as seconds, then minutes and seconds, then hours and minutes', () => {
    expect(formatElapsed(0)).toBe('0 s');
    expect(formatElapsed(42_900)).toBe('42 s');
    expect(formatElapsed(65_000)).toBe('1 min 05 s');
    expect(formatElapsed(3_720_000)).toBe('1 h 02 min');
    expect(formatElapsed(-5)).toBe('0 s');
  });
});
