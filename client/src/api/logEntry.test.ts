// A log entry's search text: not made when the event is stored (the first screen does not wait for it),
// but in idle time after, so the first free-text search over a long log finds it ready.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecordedEvent } from '../../../shared/recordedEvent';
import { searchTextOf, toLogEntry } from './logEntry';

const message = (seq: number): RecordedEvent => ({
  kind: 'message',
  direction: 'incoming',
  message: { jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: `Line ${seq}` } },
  size: 80,
  seq,
  time: seq,
  connectionId: 'c1',
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('search text', () => {
  it('is made in idle time after the entries are stored, not while they are', () => {
    vi.useFakeTimers();
    const stringify = vi.spyOn(JSON, 'stringify');
    const entries = Array.from({ length: 500 }, (_, i) => toLogEntry(message(i + 1)));
    expect(stringify).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(stringify).toHaveBeenCalledTimes(500);
    stringify.mockClear();
    expect(searchTextOf(entries[42]!)).toContain('line 43');
    expect(stringify).not.toHaveBeenCalled();
  });

  it('is made at once for a search that comes first', () => {
    vi.useFakeTimers();
    const entry = toLogEntry(message(7));
    expect(searchTextOf(entry)).toBe(JSON.stringify(entry.event.kind === 'message' ? entry.event.message : null).toLowerCase());
    vi.runAllTimers();
  });
});
