import { describe, expect, it, vi } from 'vitest';
import type { RecordedEvent } from '../../../shared/recordedEvent';
import type { FlushScheduler } from './keyedSignal';
import { LogStore, throttledFrameScheduler } from './logStore';

function manualScheduler() {
  const pending: (() => void)[] = [];
  const schedule: FlushScheduler = (flush) => {
    pending.push(flush);
    return () => pending.splice(pending.indexOf(flush), 1);
  };
  const runFrame = () => pending.splice(0).forEach((flush) => flush());
  return { schedule, runFrame, pending };
}

let seq = 0;
function message(direction: 'outgoing' | 'incoming', body: unknown, time: number, connectionId = 'c1'): RecordedEvent {
  return { seq: ++seq, time, connectionId, kind: 'message', direction, message: body, size: JSON.stringify(body).length };
}
const request = (id: unknown, method: string, time: number, direction: 'outgoing' | 'incoming' = 'outgoing') =>
  message(direction, { jsonrpc: '2.0', id, method }, time);
const response = (id: unknown, time: number, direction: 'outgoing' | 'incoming' = 'incoming') =>
  message(direction, { jsonrpc: '2.0', id, result: {} }, time);

describe('LogStore', () => {
  it('pairs responses with their requests and computes latency', () => {
    const { schedule, runFrame } = manualScheduler();
    const store = new LogStore(schedule);
    const req = request(1, 'tools/list', 1000);
    const res = response(1, 1042);
    store.append([req, res]);
    runFrame();
    const [first, second] = store.getSnapshot('c1').entries;
    expect(first).toMatchObject({ kind: 'request', method: 'tools/list', pairSeq: res.seq });
    expect(second).toMatchObject({ kind: 'response', method: 'tools/list', pairSeq: req.seq, latencyMs: 42 });
  });

  it('marks an answer to a request we cancelled as late, with how long after the cancellation', () => {
    const { schedule, runFrame } = manualScheduler();
    const store = new LogStore(schedule);
    const req = request(7, 'tools/call', 1000);
    const cancel = message('outgoing', { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 7, reason: 'x' } }, 1500);
    // A cancellation naming an id that is not open (server-side ids, answered requests) marks nothing.
    const stray = message('outgoing', { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 99 } }, 1600);
    const res = response(7, 4000);
    store.append([req, cancel, stray, res, request(8, 'ping', 5000), response(8, 5001)]);
    runFrame();
    const entries = store.getSnapshot('c1').entries;
    expect(entries[0]).toMatchObject({ cancelSeq: cancel.seq, pairSeq: res.seq });
    expect(entries[3]).toMatchObject({ lateAfterCancel: { cancelSeq: cancel.seq, afterMs: 2500 } });
    expect(entries[5]?.lateAfterCancel).toBeUndefined();
  });

  it('marks the requests still open when the server exits as never answered; those answered before stay as they were', () => {
    const { schedule, runFrame } = manualScheduler();
    const store = new LogStore(schedule);
    const answered = request(1, 'tools/list', 0);
    const answer = response(1, 5);
    const open = request(2, 'tools/call', 10);
    const fromServer = request(0, 'roots/list', 11, 'incoming');
    const exit: RecordedEvent = { seq: ++seq, time: 20, connectionId: 'c1', kind: 'transport', event: { type: 'exited', code: 1, signal: null } };
    const afterExit = response(2, 30);
    store.append([answered, answer, open, fromServer, exit, afterExit]);
    runFrame();
    const entries = store.getSnapshot('c1').entries;
    expect(entries[0]?.endedSeq).toBeUndefined();
    expect(entries[2]).toMatchObject({ endedSeq: exit.seq });
    expect(entries[2]?.pairSeq).toBeUndefined();
    expect(entries[3]).toMatchObject({ endedSeq: exit.seq });
    // Nothing answers across the end of a connection.
    expect(entries[5]?.pairSeq).toBeUndefined();
  });

  it('pairs a request with the error a fault injected in the server\'s place; a delay answers nothing', () => {
    const { schedule, runFrame } = manualScheduler();
    const store = new LogStore(schedule);
    const listing = request(5, 'tools/list', 100);
    const fault = (action: 'error' | 'delay', id: number, time: number): RecordedEvent => ({
      seq: ++seq,
      time,
      connectionId: 'c1',
      kind: 'fault',
      fault: { rule: `${action} on tools/list`, action, direction: 'outgoing', targetSeq: listing.seq, messageId: id, method: 'tools/list', detail: 'x', ...(action === 'error' ? { injected: { jsonrpc: '2.0', id, error: { code: -32603, message: 'Injected' } } } : {}) },
    });
    const delayed = request(6, 'tools/list', 150);
    const delay = fault('delay', 6, 151);
    const injected = fault('error', 5, 130);
    store.append([listing, injected, delayed, delay]);
    runFrame();
    const entries = store.getSnapshot('c1').entries;
    expect(entries[0]).toMatchObject({ pairSeq: injected.seq });
    expect(entries[1]).toMatchObject({ kind: 'fault', pairSeq: listing.seq, latencyMs: 30 });
    expect(entries[2]?.pairSeq).toBeUndefined();
    expect(entries[3]?.pairSeq).toBeUndefined();
  });

  it('keys pairs by direction and id type, so 1 and "1" and server requests stay apart', () => {
    const { schedule, runFrame } = manualScheduler();
    const store = new LogStore(schedule);
    store.append([
      request(1, 'tools/call', 0),
      request('1', 'resources/read', 1),
      request(1, 'roots/list', 2, 'incoming'),
      response(1, 5, 'outgoing'),
      response('1', 7),
      response(1, 9),
    ]);
    runFrame();
    const methods = store.getSnapshot('c1').entries.slice(3).map((e) => [e?.method, e?.latencyMs]);
    expect(methods).toEqual([
      ['roots/list', 3],
      ['resources/read', 6],
      ['tools/call', 9],
    ]);
  });

  it('pairs error responses and leaves unmatched responses unpaired', () => {
    const { schedule, runFrame } = manualScheduler();
    const store = new LogStore(schedule);
    store.append([request(7, 'tools/call', 0), message('incoming', { jsonrpc: '2.0', id: 7, error: { code: -1, message: 'x' } }, 3), response(99, 4)]);
    runFrame();
    const [, error, orphan] = store.getSnapshot('c1').entries;
    expect(error).toMatchObject({ kind: 'error', method: 'tools/call', latencyMs: 3 });
    expect(orphan).toMatchObject({ kind: 'response' });
    expect([orphan?.method, orphan?.pairSeq, orphan?.latencyMs]).toEqual([undefined, undefined, undefined]);
  });

  it('starts a new id space when the connection reconnects', () => {
    const { schedule, runFrame } = manualScheduler();
    const store = new LogStore(schedule);
    const first = request(0, 'initialize', 0);
    const connecting: RecordedEvent = { seq: ++seq, time: 10, connectionId: 'c1', kind: 'transport', event: { type: 'connecting', transport: 'stdio' } };
    store.append([first, connecting, response(0, 20)]);
    runFrame();
    expect(store.getSnapshot('c1').entries[2]!.pairSeq).toBeUndefined();
  });

  it('batches appends into one notification per frame, per connection', () => {
    const { schedule, runFrame, pending } = manualScheduler();
    // No time budget: this test is about batching, not about a loaded machine's clock.
    const store = new LogStore(schedule, Infinity);
    const c1 = vi.fn();
    const c2 = vi.fn();
    store.subscribe('c1', c1);
    store.subscribe('c2', c2);
    for (let i = 0; i < 5000; i++) store.append([request(i, 'ping', i)]);
    expect(pending).toHaveLength(1);
    expect(store.getSnapshot('c1').count).toBe(0);
    runFrame();
    expect(c1).toHaveBeenCalledTimes(1);
    expect(c2).not.toHaveBeenCalled();
    expect(store.getSnapshot('c1').count).toBe(5000);
  });

  it('applies a backlog over several frames when a frame runs out of time, in order and losing nothing', () => {
    const { schedule, runFrame, pending } = manualScheduler();
    const store = new LogStore(schedule, 0);
    const listener = vi.fn();
    store.subscribe('c1', listener);
    const events = Array.from({ length: 1000 }, (_, i) => request(i, 'ping', i));
    store.append(events);
    runFrame();
    const first = store.getSnapshot('c1').count;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(1000);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(pending).toHaveLength(1);
    let frames = 1;
    while (pending.length > 0) {
      store.append([]);
      runFrame();
      frames++;
    }
    expect(frames).toBeGreaterThan(1);
    expect(listener).toHaveBeenCalledTimes(frames);
    expect(store.getSnapshot('c1').entries.map((e) => e?.seq)).toEqual(events.map((e) => e.seq));
  });

  it('reset drops a backlog that was still waiting for frames', () => {
    const { schedule, runFrame, pending } = manualScheduler();
    const store = new LogStore(schedule, 0);
    store.append(Array.from({ length: 1000 }, (_, i) => request(i, 'ping', i)));
    runFrame();
    const kept = request(5000, 'tools/list', 5000);
    store.reset([kept]);
    expect(pending).toHaveLength(0);
    expect(store.getSnapshot('c1').entries.map((e) => e?.seq)).toEqual([kept.seq]);
  });

  it('returns the same snapshot until something changes', () => {
    const { schedule, runFrame } = manualScheduler();
    const store = new LogStore(schedule);
    expect(store.getSnapshot('c9')).toBe(store.getSnapshot('c9'));
    store.append([request(1, 'ping', 0)]);
    runFrame();
    const before = store.getSnapshot('c1');
    expect(store.getSnapshot('c1')).toBe(before);
    store.append([response(1, 1)]);
    runFrame();
    expect(store.getSnapshot('c1')).not.toBe(before);
    expect(store.getSnapshot('c1').indexOfSeq(seq)).toBe(1);
  });

  it('ignores duplicate or out-of-order seqs and replaces everything on reset', () => {
    const { schedule, runFrame } = manualScheduler();
    const store = new LogStore(schedule);
    const a = request(1, 'ping', 0);
    store.append([a, a]);
    runFrame();
    expect(store.getSnapshot('c1').count).toBe(1);
    const listener = vi.fn();
    store.subscribe('c1', listener);
    store.append([request(2, 'ping', 1)]);
    store.reset([message('incoming', 'not json-rpc', 5, 'c2')]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot('c1').count).toBe(0);
    expect(store.getSnapshot('c2').entries[0]).toMatchObject({ kind: 'invalid' });
  });
});

describe('throttledFrameScheduler', () => {
  it('flushes a stream at most once per interval, in a frame, but catches a backlog up at once', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
    vi.stubGlobal('cancelAnimationFrame', (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle));
    try {
      const schedule = throttledFrameScheduler(50);
      const flushedAt: number[] = [];
      const flush = () => flushedAt.push(performance.now());
      schedule(flush);
      vi.advanceTimersByTime(16);
      schedule(flush);
      vi.advanceTimersByTime(40);
      expect(flushedAt).toEqual([16]);
      vi.advanceTimersByTime(30);
      expect(flushedAt).toEqual([16, 82]);
      schedule(flush, true);
      vi.advanceTimersByTime(16);
      expect(flushedAt).toEqual([16, 82, 102]);
      const cancel = schedule(flush);
      cancel();
      vi.advanceTimersByTime(200);
      expect(flushedAt).toHaveLength(3);
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });
});
