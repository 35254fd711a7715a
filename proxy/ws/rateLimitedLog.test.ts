import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rateLimitedLog } from './rateLimitedLog';

describe('rateLimitedLog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the first lines of an interval, then one summary of the rest', () => {
    const lines: string[] = [];
    const log = rateLimitedLog((line) => lines.push(line), { burst: 3, intervalMs: 1000 });
    for (let i = 0; i < 10_000; i++) log(`ignored frame ${i}`);
    expect(lines).toEqual(['ignored frame 0', 'ignored frame 1', 'ignored frame 2']);
    vi.advanceTimersByTime(1000);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('9997 more socket messages in the last 1 s not shown (the last: ignored frame 9999)');

    // A fresh interval writes again, and a quiet one adds no summary.
    log('a later line');
    vi.advanceTimersByTime(1000);
    expect(lines.slice(4)).toEqual(['a later line']);
  });
});
