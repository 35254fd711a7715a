import { describe, expect, it, vi } from 'vitest';
import type { RecordedEvent } from '../../../shared/recordedEvent';
import { LogStore } from './logStore';
import { compileLogFilter, EMPTY_LOG_FILTER, type LogFilter } from './logStoreQuery';
import { FilteredLogView, type LogViewOptions } from './logStoreView';

let seq = 0;
const notification = (method: string, connectionId = 'c1'): RecordedEvent => ({
  seq: ++seq,
  time: seq,
  connectionId,
  kind: 'message',
  direction: 'incoming',
  message: { jsonrpc: '2.0', method, params: { n: seq } },
  size: 40,
});
const request = (id: number, method: string, connectionId = 'c1'): RecordedEvent => ({
  seq: ++seq, time: seq, connectionId, kind: 'message', direction: 'outgoing', message: { jsonrpc: '2.0', id, method }, size: 30,
});
const response = (id: number, connectionId = 'c1'): RecordedEvent => ({
  seq: ++seq, time: seq, connectionId, kind: 'message', direction: 'incoming', message: { jsonrpc: '2.0', id, result: {} }, size: 30,
});

/** A store that flushes at once, so each append is visible immediately. */
const immediateStore = () => new LogStore((flush) => (flush(), () => {}));

function view(store: LogStore, filter: Partial<LogFilter>, options: Partial<LogViewOptions> = {}) {
  return new FilteredLogView(store, {
    connectionId: 'c1',
    hiddenThroughSeq: -1,
    filter: compileLogFilter({ ...EMPTY_LOG_FILTER, ...filter }),
    ...options,
  });
}
const methods = (snapshot: ReturnType<FilteredLogView['refresh']>) =>
  Array.from({ length: snapshot.count }, (_, row) => snapshot.entryAt(row)?.method);

describe('FilteredLogView', () => {
  it('tests each new entry once, and keeps the snapshot while nothing changed', () => {
    const store = immediateStore();
    store.append([notification('notifications/a'), notification('notifications/b')]);
    const compiled = compileLogFilter({ ...EMPTY_LOG_FILTER, query: 'method:notifications/a' });
    const matches = vi.spyOn(compiled, 'matches');
    const filtered = new FilteredLogView(store, { connectionId: 'c1', hiddenThroughSeq: -1, filter: compiled });
    expect(matches).toHaveBeenCalledTimes(2);
    const first = filtered.refresh();
    expect(filtered.refresh()).toBe(first);
    store.append([notification('notifications/a'), notification('notifications/c')]);
    const second = filtered.refresh();
    expect(matches).toHaveBeenCalledTimes(4);
    expect(second).not.toBe(first);
    expect(methods(second)).toEqual(['notifications/a', 'notifications/a']);
    expect(second.scopeCount).toBe(4);
  });

  it('shows the latest state of a matched row (a request learns its response after it matched)', () => {
    const store = immediateStore();
    const sent = request(1, 'tools/list');
    store.append([sent]);
    const filtered = view(store, { query: 'kind:request' });
    expect(filtered.refresh().entryAt(0)?.pairSeq).toBeUndefined();
    const answer = response(1);
    store.append([answer]);
    const snapshot = filtered.refresh();
    expect(snapshot.count).toBe(1);
    expect(snapshot.entryAt(0)?.pairSeq).toBe(answer.seq);
    expect(snapshot.rowOfSeq(sent.seq)).toBe(0);
    expect(snapshot.rowOfSeq(answer.seq)).toBeUndefined();
    expect(snapshot.entryBySeq(answer.seq)?.kind).toBe('response');
  });

  it('hides rows up to the clear mark without touching the store', () => {
    const store = immediateStore();
    const events = [notification('n/1'), notification('n/2'), notification('n/3')];
    store.append(events);
    const filtered = view(store, {}, { hiddenThroughSeq: events[1]!.seq });
    expect(methods(filtered.refresh())).toEqual(['n/3']);
    expect(store.getSnapshot('c1').count).toBe(3);
  });

  it('merges every connection by seq when no connection is chosen', () => {
    const store = immediateStore();
    store.append([notification('a/1', 'c1'), notification('b/1', 'c2')]);
    const filtered = view(store, {}, { connectionId: undefined });
    expect(methods(filtered.refresh())).toEqual(['a/1', 'b/1']);
    store.append([notification('a/2', 'c1'), notification('b/2', 'c2'), notification('a/3', 'c1')]);
    expect(methods(filtered.refresh())).toEqual(['a/1', 'b/1', 'a/2', 'b/2', 'a/3']);
    store.removeConnection('c2');
    expect(methods(filtered.refresh())).toEqual(['a/1', 'a/2', 'a/3']);
  });

  it('rebuilds after the store is reset (a re-attach)', () => {
    const store = immediateStore();
    store.append([notification('old/1')]);
    const filtered = view(store, {});
    expect(methods(filtered.refresh())).toEqual(['old/1']);
    store.reset([notification('new/1'), notification('new/2')]);
    expect(methods(filtered.refresh())).toEqual(['new/1', 'new/2']);
  });

  // How fast is the bench's question (`npm run bench`, the log under a 100,000-message stream, in
  // Chromium against < 100 ms), not a unit test's: a timed assertion here failed a CI run at 301 ms.
  it('filters 100,000 rows by method and by free text', () => {
    const store = immediateStore();
    const events: RecordedEvent[] = [];
    for (let i = 0; i < 100_000; i++) events.push(notification(i % 100 === 0 ? 'notifications/rare' : 'notifications/message'));
    store.append(events);
    const byMethod = view(store, { query: 'method:notifications/rare' });
    expect(byMethod.refresh().count).toBe(1000);
    const byText = view(store, { query: '"n":99999' });
    expect(byText.refresh().count).toBe(1);
  });
});
