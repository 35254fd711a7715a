import { describe, expect, it } from 'vitest';
import { formatAbsoluteTime, formatClockTime } from './formatTime';

describe('formatTime', () => {
  it('writes local time with milliseconds, the clock being its time of day', () => {
    const time = new Date(2026, 10, 23, 9, 5, 3, 7).getTime();
    expect(formatAbsoluteTime(time)).toBe('2026-11-23 09:05:03.007');
    expect(formatClockTime(time)).toBe('09:05:03.007');
  });
});
