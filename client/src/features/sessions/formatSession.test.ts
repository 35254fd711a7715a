import { describe, expect, it } from 'vitest';
import { formatDuration } from './formatSession';

describe('formatSession', () => {
  it('writes durations at a readable scale', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_400)).toBe('12.4 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(7_620_000)).toBe('2 h 07 min');
  });
});
