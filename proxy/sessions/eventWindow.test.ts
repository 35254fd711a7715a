// The inspector's bounded window over a real session file: memory holds the latest events only, and
// every event stays readable by position, across the file and the window, per connection or merged.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { EventStore } from '../inspector/EventStore';
import { Inspector } from '../inspector/Inspector';
import { SessionFileArchive } from './SessionFileArchive';
import { SessionRecorder } from './SessionRecorder';
import { sessionHeader } from './startRecording';
import { eventJsonText, type EventBytes } from '../inspector/eventBytes';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A store bounded to `maxEvents`, whose archive is a session file every pushed event is recorded to. */
function windowedStore(maxEvents: number, maxBytes = Number.POSITIVE_INFINITY, toBytes?: EventBytes) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'window-test-'));
  dirs.push(dir);
  const file = path.join(dir, 'session.jsonl');
  const recorder = SessionRecorder.create(file, sessionHeader(new Inspector({ inspectorVersion: '0.0.0-test', isDemo: false }), new Date(0)), () => {});
  const store = new EventStore();
  const archive = new SessionFileArchive(file, () => recorder.flush());
  recorder.indexEventLines(archive);
  store.bound(archive, { maxEvents, maxBytes }, toBytes);
  let seq = 0;
  const push = (connectionId: string, size = 10): RecordedEvent => {
    const event: RecordedEvent = { kind: 'message', direction: 'incoming', message: { jsonrpc: '2.0', method: 'notifications/message', params: { n: seq, text: 'x'.repeat(size) } }, size, seq: ++seq, time: seq, connectionId };
    if (store.push(event)) recorder.eventRecorded(event);
    return event;
  };
  return { store, push };
}

describe('EventStore with a window over a session file', () => {
  it('keeps only the window in memory and reads every event back, whichever side of it', async () => {
    const { store, push } = windowedStore(100);
    store.open('c1');
    store.open('c2');
    const all = Array.from({ length: 1_000 }, (_, i) => push(i % 4 === 0 ? 'c2' : 'c1'));
    expect(store.recent()).toEqual(all.slice(-100));
    expect(store.counts()).toEqual({ c1: 750, c2: 250 });
    expect(store.olderCounts()).toEqual({ c1: 675, c2: 225 });

    expect(await store.read({ from: 0, count: 5_000 })).toEqual(all);
    expect(await store.read({ from: 880, count: 40 })).toEqual(all.slice(880, 920));
    const c2 = all.filter((event) => event.connectionId === 'c2');
    expect(await store.read({ connectionId: 'c2', from: 200, count: 40 })).toEqual(c2.slice(200, 240));
    expect(await store.read({ connectionId: 'c2', from: 0, count: 1 })).toEqual(c2.slice(0, 1));
    expect(await store.read({ connectionId: 'c2', from: 250, count: 1 })).toEqual([]);
  });

  it("gives a page's snapshot the window's own bytes, parsed and serialised again for nothing", () => {
    const { store, push } = windowedStore(100);
    store.open('c1');
    const all = Array.from({ length: 150 }, () => push('c1'));
    const serialised: RecordedEvent[] = [];
    const bytes = store.recentBytes((event) => {
      serialised.push(event);
      return Buffer.from(JSON.stringify(event));
    });
    expect(serialised).toEqual([]);
    expect(bytes.map((event) => JSON.parse(eventJsonText(event)) as RecordedEvent)).toEqual(all.slice(-100));
  });

  it('bounds the window by bytes too', () => {
    const { store, push } = windowedStore(1_000, 100_000);
    store.open('c1');
    for (let i = 0; i < 100; i++) push('c1', 10_000);
    // 10,000 bytes of message text is ~10 KB of JSON bytes in memory: nine of them fit, not ten.
    expect(store.recent().length).toBe(9);
  });

  it('forgets a removed connection in memory and in positions read from the file', async () => {
    const { store, push } = windowedStore(50);
    store.open('c1');
    store.open('c2');
    const all = Array.from({ length: 600 }, (_, i) => push(i % 2 === 0 ? 'c2' : 'c1'));
    store.remove('c2');
    const c1 = all.filter((event) => event.connectionId === 'c1');
    expect(store.counts()).toEqual({ c1: 300 });
    expect(push('c2')).toBeDefined();
    expect(await store.read({ from: 0, count: 1_000 })).toEqual(c1);
  });

  it('keeps every event when it has no archive (the headless commands)', async () => {
    const store = new EventStore();
    store.open('c1');
    const events = Array.from({ length: 20_000 }, (_, i): RecordedEvent => ({ kind: 'stderr', text: 'x', seq: i + 1, time: 0, connectionId: 'c1' }));
    for (const event of events) store.push(event);
    expect(store.recent()).toHaveLength(20_000);
    expect(await store.read({ connectionId: 'c1', from: 19_990, count: 20 })).toEqual(events.slice(19_990));
  });

  it('keeps the window as JSON text: a windowed event object is garbage once published', async () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const { store, push } = windowedStore(1_000);
    store.open('c1');
    const published = new WeakRef(push('c1'));
    push('c1');
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(published.deref()).toBeUndefined();
    expect(store.olderCounts()).toEqual({});
    const [first] = await store.read({ connectionId: 'c1', from: 0, count: 1 });
    expect(first).toMatchObject({ seq: 1, connectionId: 'c1', message: { params: { n: 0 } } });
  });

  it("lets go of an event's bytes as it leaves the window, not when the window's front is cut off later", async () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const made: WeakRef<Buffer>[] = [];
    const { store, push } = windowedStore(2, Number.POSITIVE_INFINITY, (event) => {
      const bytes = Buffer.from(JSON.stringify(event));
      made.push(new WeakRef(bytes));
      return bytes;
    });
    store.open('c1');
    for (let i = 0; i < 5; i++) push('c1');
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(made.map((bytes) => bytes.deref() !== undefined)).toEqual([false, false, false, true, true]);
    expect((await store.read({ connectionId: 'c1', from: 0, count: 5 })).map((event) => event.seq)).toEqual([1, 2, 3, 4, 5]);
  });
});
