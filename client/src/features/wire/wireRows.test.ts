import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../../../shared/recordedEvent';
import { LogStore } from '../../api/logStore';
import { wireRowsOf } from './wireRows';

let seq = 100;
function message(direction: 'outgoing' | 'incoming', body: Record<string, unknown>, time: number): RecordedEvent {
  return { seq: ++seq, time, connectionId: 'c1', kind: 'message', direction, message: { jsonrpc: '2.0', ...body }, size: 10 };
}
const progress = (time: number) => message('incoming', { method: 'notifications/progress', params: { progressToken: 1, progress: time } }, time);

/** The log store as the pane reads it: events paired by the store itself. */
function logOf(events: RecordedEvent[]) {
  const store = new LogStore(() => () => undefined);
  store.append(events);
  store.flush();
  return store.getSnapshot('c1');
}

describe('wireRowsOf', () => {
  it('puts a request and its answer in one row with latency and status, newest first, pending ones as pending', () => {
    const call = message('outgoing', { id: 1, method: 'tools/call', params: { name: 'echo', arguments: { message: 'hi' } } }, 1000);
    const result = message('incoming', { id: 1, result: { content: [] } }, 1012);
    const failed = message('outgoing', { id: 2, method: 'no/such' }, 1100);
    const failure = message('incoming', { id: 2, error: { code: -32601, message: 'Method not found' } }, 1103);
    const toolError = message('outgoing', { id: 3, method: 'tools/call', params: { name: 'boom' } }, 1200);
    const toolErrorResult = message('incoming', { id: 3, result: { content: [], isError: true } }, 1250);
    const waiting = message('outgoing', { id: 4, method: 'resources/read', params: { uri: 'demo://a' } }, 1300);
    const rows = wireRowsOf(logOf([call, result, failed, failure, toolError, toolErrorResult, waiting]), new Set());
    expect(rows.latest).toEqual([
      { kind: 'exchange', seq: waiting.seq, direction: 'outgoing', method: 'resources/read', target: 'demo://a', id: '4', status: 'pending', pinned: false },
      { kind: 'exchange', seq: toolError.seq, responseSeq: toolErrorResult.seq, direction: 'outgoing', method: 'tools/call', target: 'boom', id: '3', latencyMs: 50, status: 'tool-error', pinned: false },
      { kind: 'exchange', seq: failed.seq, responseSeq: failure.seq, direction: 'outgoing', method: 'no/such', id: '2', latencyMs: 3, status: 'error', errorCode: -32601, pinned: false },
      { kind: 'exchange', seq: call.seq, responseSeq: result.seq, direction: 'outgoing', method: 'tools/call', target: 'echo', id: '1', latencyMs: 12, status: 'ok', pinned: false },
    ]);
    expect(rows.pendingCount).toBe(1);
  });

  it('folds consecutive notifications of one method, and shows server requests, stray answers and cancellations', () => {
    const call = message('outgoing', { id: 1, method: 'tools/call', params: { name: 'slow' } }, 0);
    const steps = [progress(1), progress(2), progress(3)];
    const sampling = message('incoming', { id: 0, method: 'sampling/createMessage', params: {} }, 4);
    const answer = message('outgoing', { id: 0, result: { role: 'assistant' } }, 9);
    const cancel = message('outgoing', { method: 'notifications/cancelled', params: { requestId: 1 } }, 10);
    const stray = message('incoming', { id: 99, result: {} }, 11);
    const rows = wireRowsOf(logOf([call, ...steps, sampling, answer, cancel, stray]), new Set());
    expect(rows.latest.map((row) => [row.kind, row.seq])).toEqual([
      ['stray', stray.seq],
      ['notification', cancel.seq],
      ['exchange', sampling.seq],
      ['notification', steps[2]!.seq],
      ['exchange', call.seq],
    ]);
    expect(rows.latest[3]).toMatchObject({ count: 3, firstSeq: steps[0]!.seq, method: 'notifications/progress', direction: 'incoming' });
    expect(rows.latest[2]).toMatchObject({ direction: 'incoming', method: 'sampling/createMessage', status: 'ok', latencyMs: 5 });
    expect(rows.latest[4]).toMatchObject({ status: 'cancelled' });
    expect(rows.latest[0]).toMatchObject({ what: 'response', id: '99' });
  });

  it('says "no answer" of a request the connection ended under, and does not count it as pending', () => {
    const call = message('outgoing', { id: 1, method: 'initialize', params: {} }, 0);
    const exit: RecordedEvent = { seq: ++seq, time: 5, connectionId: 'c1', kind: 'transport', event: { type: 'exited', code: 1, signal: null } };
    const rows = wireRowsOf(logOf([call, exit]), new Set());
    expect(rows.latest).toEqual([{ kind: 'exchange', seq: call.seq, direction: 'outgoing', method: 'initialize', id: '1', status: 'unanswered', pinned: false }]);
    expect(rows.pendingCount).toBe(0);
  });

  it('shows the error a fault injected in the server\'s place as the answer, with its code', () => {
    const listing = message('outgoing', { id: 3, method: 'tools/list' }, 0);
    const fault: RecordedEvent = {
      seq: ++seq,
      time: 4,
      connectionId: 'c1',
      kind: 'fault',
      fault: { rule: 'error -32603 on tools/list', action: 'error', direction: 'outgoing', targetSeq: listing.seq, messageId: 3, method: 'tools/list', detail: 'x', injected: { jsonrpc: '2.0', id: 3, error: { code: -32603, message: 'Injected' } } },
    };
    const rows = wireRowsOf(logOf([listing, fault]), new Set());
    expect(rows.latest).toEqual([{ kind: 'exchange', seq: listing.seq, responseSeq: fault.seq, direction: 'outgoing', method: 'tools/list', id: '3', latencyMs: 4, status: 'error', errorCode: -32603, pinned: false }]);
    expect(rows.pendingCount).toBe(0);
  });

  it('keeps pinned rows on top (a pinned answer pins its exchange) and out of the latest', () => {
    const first = message('outgoing', { id: 1, method: 'ping' }, 0);
    const firstAnswer = message('incoming', { id: 1, result: {} }, 1);
    const events = [first, firstAnswer];
    for (let id = 2; id < 40; id++) events.push(message('outgoing', { id, method: 'ping' }, id), message('incoming', { id, result: {} }, id));
    const log = logOf(events);
    const rows = wireRowsOf(log, new Set([firstAnswer.seq, first.seq]), 10);
    expect(rows.pinned).toEqual([{ kind: 'exchange', seq: first.seq, responseSeq: firstAnswer.seq, direction: 'outgoing', method: 'ping', id: '1', latencyMs: 1, status: 'ok', pinned: true }]);
    expect(rows.latest).toHaveLength(10);
    expect(rows.latest.some((row) => row.seq === first.seq)).toBe(false);
    // A pin on an event the log no longer has (another attempt, a reset) shows nothing.
    expect(wireRowsOf(log, new Set([5])).pinned).toEqual([]);
  });

  it('reads only the tail of a long log', () => {
    const events = [message('outgoing', { id: 'early', method: 'ping' }, 0)];
    for (let i = 0; i < 50; i++) events.push({ seq: ++seq, time: i, connectionId: 'c1', kind: 'stderr', text: `line ${i}` });
    expect(wireRowsOf(logOf(events), new Set(), 100, 50).latest).toEqual([]);
    expect(wireRowsOf(logOf(events), new Set(), 100, 51).latest).toHaveLength(1);
  });
});
