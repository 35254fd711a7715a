import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../../../shared/recordedEvent';
import { LogStore } from '../../api/logStore';
import { ResourceWatchFold } from './resourceWatch';

let seq = 0;
const message = (direction: 'outgoing' | 'incoming', body: Record<string, unknown>): RecordedEvent => ({
  seq: ++seq,
  time: 1000 + seq,
  connectionId: 'c1',
  kind: 'message',
  direction,
  message: { jsonrpc: '2.0', ...body },
  size: 1,
});
const request = (id: number, method: string, uri: string) => message('outgoing', { id, method, params: { uri } });
const answer = (id: number) => message('incoming', { id, result: {} });
const failure = (id: number) => message('incoming', { id, error: { code: -32601, message: 'no' } });
const updated = (uri: string) => message('incoming', { method: 'notifications/resources/updated', params: { uri } });
const connecting = (): RecordedEvent => ({ seq: ++seq, time: 0, connectionId: 'c1', kind: 'transport', event: { type: 'connecting', transport: 'stdio' } });

/** Records the events through the real log store (pairing included) and folds its entries. */
function watch(events: RecordedEvent[]) {
  const store = new LogStore((flush) => (flush(), () => {}));
  store.append(events);
  const snapshot = store.getSnapshot('c1');
  const fold = new ResourceWatchFold();
  fold.addAll(snapshot.entries, 0, snapshot.count);
  return fold.view;
}

describe('ResourceWatchFold', () => {
  it('counts a subscription only once the server accepted it, until unsubscribed', () => {
    expect(watch([request(1, 'resources/subscribe', 'demo://a')]).subscribed.has('demo://a')).toBe(false);
    expect(watch([request(1, 'resources/subscribe', 'demo://a'), answer(1)]).subscribed.has('demo://a')).toBe(true);
    expect(watch([request(1, 'resources/subscribe', 'demo://a'), failure(1)]).subscribed.has('demo://a')).toBe(false);
    const undone = watch([request(1, 'resources/subscribe', 'demo://a'), answer(1), request(2, 'resources/unsubscribe', 'demo://a'), answer(2)]);
    expect(undone.subscribed.size).toBe(0);
  });

  it('marks a resource updated until it is read again', () => {
    const events = [request(1, 'resources/read', 'demo://a'), answer(1), updated('demo://a')];
    const marked = watch(events);
    expect(marked.updated.get('demo://a')).toEqual({ seq: events[2]!.seq, time: events[2]!.time });
    expect(watch([...events, request(2, 'resources/read', 'demo://a'), answer(2)]).updated.size).toBe(0);
    expect(watch([...events, request(2, 'resources/read', 'demo://b'), answer(2)]).updated.has('demo://a')).toBe(true);
  });

  it('forgets everything when the connection starts again', () => {
    const view = watch([request(1, 'resources/subscribe', 'demo://a'), answer(1), updated('demo://a'), connecting()]);
    expect(view.subscribed.size).toBe(0);
    expect(view.updated.size).toBe(0);
  });

  it('keeps the same view object when nothing relevant happened', () => {
    const store = new LogStore((flush) => (flush(), () => {}));
    store.append([request(1, 'resources/subscribe', 'demo://a'), answer(1)]);
    const fold = new ResourceWatchFold();
    fold.addAll(store.getSnapshot('c1').entries, 0, 2);
    const before = fold.view;
    store.append([message('outgoing', { id: 9, method: 'tools/list' }), answer(9)]);
    expect(fold.addAll(store.getSnapshot('c1').entries, 2, 4)).toBe(false);
    expect(fold.view).toBe(before);
  });
});
