import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount';

describe('formatCount', () => {
  it("groups thousands as toLocaleString('en') does", () => {
    for (const count of [0, 7, 999, 1000, 12_345, 1_000_000, 1_234_567_890, -4321, 1234.5]) expect(formatCount(count)).toBe(count.toLocaleString('en'));
  });
});
