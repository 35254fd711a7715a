import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';

describe('formatBytes', () => {
  it('says a size in binary units', () => {
    expect([formatBytes(0), formatBytes(512), formatBytes(1536), formatBytes(3277), formatBytes(5 * 1024 * 1024), formatBytes(43_000_000)]).toEqual([
      '0 B',
      '512 B',
      '1.5 KiB',
      '3.2 KiB',
      '5.0 MiB',
      '41.0 MiB',
    ]);
  });
});
