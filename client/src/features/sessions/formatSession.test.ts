import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration } from './formatSession';

describe('formatSession', () => {
  it('writes durations at a readable scale', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_400)).toBe('12.4 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(7_620_000)).toBe('2 h 07 min');
  });

  it('writes sizes in B, KB and MB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(3277)).toBe('3.2 KB');
    expect(formatBytes(43_000_000)).toBe('41.0 MB');
  });
});
