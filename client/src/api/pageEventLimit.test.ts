// A page holds a bounded number of events: past its limit the oldest are let go across connections (by
// seq, so the merged log stays in order) and become older rows read back from the proxy, the log's row
// count unchanged, so a page attached to a day-long tap keeps its memory flat.
import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../../shared/recordedEvent';
import { LogStore, pairedLogEntries, type EvictedEvents } from './logStore';
import { compileLogFilter, EMPTY_LOG_FILTER } from './logStoreQuery';
import { FilteredLogView } from './logStoreView';
import { OLDER_PAGE_EVENTS, OlderEventsStore } from './olderEventsStore';
import { withOlderRows } from './withOlderRows';

let seq = 0;
const stderr = (connectionId: string): RecordedEvent => ({ kind: 'stderr', text: `line ${seq + 1}`, seq: ++seq, time: 1_000 + seq, connectionId });
const message = (connectionId: string, direction: 'outgoing' | 'incoming', body: unknown): RecordedEvent => ({
  kind: 'message', direction, message: body, size: 30, seq: ++seq, time: 1_000 + seq, connectionId,
});

/**
 * A store that applies each append at once and whole (no frame budget: where a budgeted flush stops, and
 * so how much one eviction lets go, would depend on the machine's speed), limited to `limit` events, and
 * what it reported letting go.
 */
function limitedStore(limit: number) {
  const store = new LogStore((flush) => (flush(), () => {}), Number.POSITIVE_INFINITY);
  store.setLimit(limit);
  const evictions: EvictedEvents[][] = [];
  store.onEvicted((evicted) => evictions.push(evicted));
  return { store, evictions };
}

const everything = (connectionId: string | undefined) =>
  ({ connectionId, hiddenThroughSeq: -1, filter: compileLogFilter(EMPTY_LOG_FILTER) });

describe('a page over its event limit', () => {
  it('lets go of the oldest events across connections, by seq, down to three quarters of the limit', () => {
    seq = 0;
    const { store, evictions } = limitedStore(100);
    const sent = Array.from({ length: 101 }, (_, i) => stderr(i % 3 === 0 ? 'c2' : 'c1'));
    store.append(sent);
    const held = [...store.getSnapshot('c1').entries, ...store.getSnapshot('c2').entries].filter((entry) => entry !== undefined);
    expect(held.map((entry) => entry.seq).sort((a, b) => a - b)).toEqual(sent.slice(-75).map((event) => event.seq));
    // Each connection's let-go entries are its first ones, in place: indexes (and the count) do not move.
    const c1 = store.getSnapshot('c1');
    expect(c1.count).toBe(sent.filter((event) => event.connectionId === 'c1').length);
    expect(c1.entries.slice(0, c1.firstIndex).every((entry) => entry === undefined)).toBe(true);
    expect(c1.entries.slice(c1.firstIndex, c1.count).every((entry) => entry !== undefined)).toBe(true);
    expect(c1.indexOfSeq(sent[1]!.seq)).toBeUndefined();
    expect(c1.indexOfSeq(sent[100]!.seq)).toBe(c1.count - 1);
    const evicted = sent.slice(0, 26);
    expect(evictions).toEqual([[
      { connectionId: 'c2', count: evicted.filter((event) => event.connectionId === 'c2').length, firstTime: sent[0]!.time },
      { connectionId: 'c1', count: evicted.filter((event) => event.connectionId === 'c1').length, firstTime: sent[1]!.time },
    ]]);
    // Under the limit again: nothing more is let go until it is passed once more.
    store.append([stderr('c1')]);
    expect(evictions).toHaveLength(1);
  });

  it('keeps pairing the answers of held requests, and leaves an answer to a let-go request unpaired', () => {
    seq = 0;
    const { store } = limitedStore(8);
    store.append([message('c1', 'outgoing', { jsonrpc: '2.0', id: 1, method: 'tools/call' })]);
    store.append(Array.from({ length: 7 }, () => stderr('c1')));
    store.append([message('c1', 'outgoing', { jsonrpc: '2.0', id: 2, method: 'ping' })]);
    store.append([message('c1', 'incoming', { jsonrpc: '2.0', id: 2, result: {} }), message('c1', 'incoming', { jsonrpc: '2.0', id: 1, result: {} })]);
    const log = store.getSnapshot('c1');
    const [pingAnswer, callAnswer] = log.entries.slice(log.count - 2);
    expect(pingAnswer).toMatchObject({ method: 'ping', latencyMs: 1 });
    expect(callAnswer?.pairSeq).toBeUndefined();
    expect(callAnswer?.kind).toBe('response');
  });

  it('turns what it let go into older rows: same row count, the oldest read back from the proxy in order', async () => {
    seq = 0;
    const proxyHas = Array.from({ length: 1_300 }, () => stderr('c1'));
    const reads: { from: number; count: number }[] = [];
    const older = new OlderEventsStore(async ({ from, count }) => {
      reads.push({ from, count });
      return proxyHas.slice(from, from + count);
    });
    // Attached after the first 200: those are older rows from the start.
    older.reset({ c1: 200 });
    const { store } = limitedStore(1_000);
    store.onEvicted((evicted) => older.grow(evicted));
    const view = new FilteredLogView(store, everything('c1'));
    store.append(proxyHas.slice(200, 1_000));
    // The last page of the first older rows is read now, before the boundary moves.
    expect(withOlderRows(view.refresh(), older, 'c1', false).entryAt(199)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    store.append(proxyHas.slice(1_000));
    const rows = withOlderRows(view.refresh(), older, 'c1', false);
    expect(rows.count).toBe(1_300);
    expect(rows.olderRows).toBe(200 + 1_300 - 200 - 750);
    expect(rows.entryAt(rows.count - 1)?.seq).toBe(1_300);
    expect(rows.entryAt(rows.olderRows)?.seq).toBe(rows.olderRows + 1);
    // The page that ended at the old boundary (positions 0–199 of 0–499) is read again, whole.
    expect(rows.entryAt(199)).toBeUndefined();
    expect(rows.entryAt(OLDER_PAGE_EVENTS + 1)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const readBack = withOlderRows(view.refresh(), older, 'c1', false);
    for (const position of [0, 199, 200, 499, OLDER_PAGE_EVENTS + 1, readBack.olderRows - 1]) {
      expect(readBack.entryAt(position)?.seq).toBe(position + 1);
    }
    expect(reads).toEqual([
      { from: 0, count: 200 },
      { from: 0, count: OLDER_PAGE_EVENTS },
      { from: OLDER_PAGE_EVENTS, count: readBack.olderRows - OLDER_PAGE_EVENTS },
    ]);
  });

  it('reads a page again when it was asked for before the older rows grew and arrives after', async () => {
    seq = 0;
    const proxyHas = Array.from({ length: 400 }, () => stderr('c1'));
    const reads: { from: number; count: number }[] = [];
    let answer: () => void = () => {};
    const older = new OlderEventsStore(({ from, count }) => {
      reads.push({ from, count });
      return new Promise((resolve) => (answer = () => resolve(proxyHas.slice(from, from + count))));
    });
    older.reset({ c1: 100 });
    expect(older.entryAt('c1', 50)).toBeUndefined();
    older.grow([{ connectionId: 'c1', count: 200, firstTime: proxyHas[100]!.time }]);
    answer();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Asked for 100 events, it arrived after the count became 300: its first rows stand, the rest are read again.
    expect(older.entryAt('c1', 50)?.seq).toBe(51);
    expect(older.entryAt('c1', 250)).toBeUndefined();
    expect(reads).toEqual([{ from: 0, count: 100 }, { from: 0, count: 300 }]);
  });

  it('gives the relative times their first moment at once when nothing was older before', () => {
    seq = 0;
    const older = new OlderEventsStore(() => Promise.reject(new Error('not read')));
    older.reset({});
    const { store } = limitedStore(4);
    store.onEvicted((evicted) => older.grow(evicted));
    const view = new FilteredLogView(store, everything(undefined));
    const sent = Array.from({ length: 5 }, (_, i) => stderr(i % 2 === 0 ? 'c1' : 'c2'));
    store.append(sent);
    const rows = withOlderRows(view.refresh(), older, undefined, false);
    expect(rows.count).toBe(5);
    expect(rows.olderRows).toBe(2);
    expect(rows.firstTime()).toBe(sent[0]!.time);
    expect(withOlderRows(new FilteredLogView(store, everything('c2')).refresh(), older, 'c2', false).firstTime()).toBe(sent[1]!.time);
    // A filter searches the held events and says how many it did not.
    const filtered = withOlderRows(new FilteredLogView(store, { ...everything(undefined), filter: compileLogFilter({ ...EMPTY_LOG_FILTER, query: 'line' }) }).refresh(), older, undefined, true);
    expect(filtered.count).toBe(3);
    expect(filtered.olderNotSearched).toBe(2);
  });

  it('pairs the older rows it reads back among themselves, and does not call a request answered elsewhere unanswered', () => {
    seq = 0;
    const call = message('c1', 'outgoing', { jsonrpc: '2.0', id: 1, method: 'tools/call' });
    const ping = message('c1', 'outgoing', { jsonrpc: '2.0', id: 2, method: 'ping' });
    const pong = message('c1', 'incoming', { jsonrpc: '2.0', id: 2, result: {} });
    const other = message('c2', 'outgoing', { jsonrpc: '2.0', id: 2, method: 'tools/list' });
    const [callEntry, pingEntry, pongEntry, otherEntry] = pairedLogEntries([call, ping, pong, other]);
    expect(pingEntry).toMatchObject({ seq: ping.seq, pairSeq: pong.seq });
    expect(pongEntry).toMatchObject({ method: 'ping', pairSeq: ping.seq, latencyMs: 1 });
    // Its answer may be in a later page: not known here.
    expect(callEntry).toMatchObject({ seq: call.seq, answerNotRead: true });
    expect(callEntry?.pairSeq).toBeUndefined();
    // Another connection's request with the same id is not paired with this answer.
    expect(otherEntry).toMatchObject({ seq: other.seq, answerNotRead: true });
  });
});
