import { describe, expect, it } from 'vitest';
import { formatTtl, outcomeOfResult, statusBadge } from './taskFacts';
import { pollDelay } from './useTaskFollower';

describe('task facts', () => {
  it('gives each spec status a tone and flags others', () => {
    expect(statusBadge('completed')).toEqual({ label: 'completed', tone: 'success' });
    expect(statusBadge('input_required').tone).toBe('warning');
    expect(statusBadge('done')).toMatchObject({ label: 'done?', tone: 'warning' });
  });

  it('reads a tasks/result answer as the outcome of the original request', () => {
    const base = { seq: 9, time: 5000, connectionId: 'c1', kind: 'message' as const, direction: 'incoming' as const, size: 1 };
    expect(outcomeOfResult({ ...base, message: { jsonrpc: '2.0', id: 4, result: { content: [] } } }, 1000)).toEqual({ ok: true, result: { content: [] }, durationMs: 4000 });
    expect(outcomeOfResult({ ...base, message: { jsonrpc: '2.0', id: 4, error: { code: -32603, message: 'boom' } } }, undefined)).toEqual({
      ok: false,
      error: { code: -32603, message: 'boom' },
      durationMs: 0,
    });
    expect(outcomeOfResult(undefined, 0)).toBeUndefined();
  });

  it('formats ttl and honours the poll interval within bounds', () => {
    expect(formatTtl(300_000)).toBe('5 min');
    expect(formatTtl(1500)).toBe('1.5 s');
    expect(formatTtl(null)).toBe('unlimited');
    expect(pollDelay(undefined)).toBe(1000);
    expect(pollDelay(5)).toBe(250);
    expect(pollDelay(2000)).toBe(2000);
    expect(pollDelay(3_600_000)).toBe(10_000);
  });
});
