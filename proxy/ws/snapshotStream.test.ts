// The attach snapshot in bounded frames: limits per frame, back-pressure, and the order guarantee of
// `attach` (snapshot events, then live ones, none lost or repeated) while live events keep coming in
// and while the page attaches again mid-stream.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { INSPECTOR_PROTOCOL_VERSION } from '../../shared/inspectorProtocol';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { SecretScrubber } from '../../shared/session/redaction';
import type { Inspector, InspectorObserver } from '../inspector/Inspector';
import { plainEventBytes } from '../inspector/eventBytes';
import { SNAPSHOT_CHUNK_BYTES, SNAPSHOT_CHUNK_EVENTS, SNAPSHOT_HIGH_WATER_BYTES, snapshotFrames } from './snapshotStream';
import { SocketSession } from './socketSession';
import { frameText } from './textPieces';

function event(seq: number, text = `line ${seq}`): RecordedEvent {
  return { kind: 'stderr', text, seq, time: seq, connectionId: 'c1' };
}

/** Just the part of the inspector that `attach` uses, with a way to record live events. */
class FakeInspector {
  readonly launch = { inspectorVersion: '0', isDemo: false };
  readonly secrets = new SecretScrubber();
  private readonly observers = new Set<InspectorObserver>();
  constructor(readonly events: RecordedEvent[]) {}
  pageSnapshot() {
    return { connections: [], eventBytes: this.events.map(plainEventBytes), findings: [], serverRequests: [], lastSeq: this.events.at(-1)?.seq ?? 0 };
  }
  /** Nothing is recorded here: nothing to write before sending. */
  persistPublished() {}
  subscribe(observer: InspectorObserver) {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }
  record(): RecordedEvent {
    const next = event((this.events.at(-1)?.seq ?? 0) + 1);
    this.events.push(next);
    for (const observer of this.observers) observer.eventRecorded(next);
    return next;
  }
}

/** A ws socket whose unsent bytes the test controls. */
class SlowSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  /** Once this many frames were sent, the socket reports itself full (a slow page), until the test empties it. */
  fullAfterFrames = Number.POSITIVE_INFINITY;
  readonly frames: { id?: number; result?: { eventCount: number; events: unknown[] }; event?: string; params?: { events: RecordedEvent[] } }[] = [];
  /** The fragments of a message not yet ended (ws `send` with `fin: false`). */
  private fragments: Buffer[] = [];
  send(data: string | Buffer, options: { fin?: boolean } = {}) {
    if (typeof data !== 'string') this.fragments.push(data);
    if (options.fin === false) return;
    const text = typeof data === 'string' ? data : frameText(this.fragments.splice(0));
    this.frames.push(JSON.parse(text) as SlowSocket['frames'][number]);
    if (this.frames.length === this.fullAfterFrames) this.bufferedAmount = SNAPSHOT_HIGH_WATER_BYTES + 1;
  }
  close() {}
  terminate() {}
  eventFrames() {
    return this.frames.filter((frame) => frame.event === 'eventsRecorded').map((frame) => frame.params!.events);
  }
}

const attachFrame = (id: number) => Buffer.from(JSON.stringify({ id, method: 'attach', params: { protocolVersion: INSPECTOR_PROTOCOL_VERSION } }));
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5000) throw new Error('timed out');
    await tick();
  }
}

describe('snapshot frames', () => {
  it('cut at the event limit and at the byte limit, keeping order and a single large event whole', () => {
    const many = Array.from({ length: SNAPSHOT_CHUNK_EVENTS * 2 + 5 }, (_, i) => event(i + 1));
    const counts = [...snapshotFrames(many.map(plainEventBytes))].map((frame) => (JSON.parse(frameText(frame)) as { params: { events: unknown[] } }).params.events.length);
    expect(counts).toEqual([SNAPSHOT_CHUNK_EVENTS, SNAPSHOT_CHUNK_EVENTS, 5]);

    const big = Array.from({ length: 5 }, (_, i) => event(i + 1, 'x'.repeat(SNAPSHOT_CHUNK_BYTES / 2)));
    const huge = event(6, 'y'.repeat(SNAPSHOT_CHUNK_BYTES * 2));
    const frames = [...snapshotFrames([...big, huge].map(plainEventBytes))].map((frame) => JSON.parse(frameText(frame)) as { event: string; params: { events: RecordedEvent[] } });
    expect(frames.map((frame) => frame.params.events.map((e) => e.seq))).toEqual([[1], [2], [3], [4], [5], [6]]);
    expect(frames.every((frame) => frame.event === 'eventsRecorded')).toBe(true);
    expect([...snapshotFrames([])]).toEqual([]);
  });
});

describe('attach in pages', () => {
  it('answers with the count, streams the snapshot in bounded frames, then live events that came meanwhile, in order', async () => {
    const inspector = new FakeInspector(Array.from({ length: 9_000 }, (_, i) => event(i + 1)));
    const socket = new SlowSocket();
    // The page is slow: its socket is full once the answer and the first snapshot frame are sent (set as
    // that frame goes, not after a poll: the whole snapshot can go out before a timer fires).
    socket.fullAfterFrames = 2;
    new SocketSession(socket as unknown as WebSocket, inspector as unknown as Inspector, () => {});
    socket.emit('message', attachFrame(1), false);
    await until(() => socket.eventFrames().length > 0);

    // The proxy holds the next frame while live events keep being recorded.
    const framesWhileFull = socket.frames.length;
    expect(framesWhileFull).toBe(2);
    for (let i = 0; i < 50; i++) inspector.record();
    await tick();
    await tick();
    expect(socket.frames.length).toBe(framesWhileFull);
    socket.bufferedAmount = 0;
    await until(() => socket.eventFrames().flat().length >= 9_000);
    for (let i = 0; i < 50; i++) inspector.record();
    await until(() => socket.eventFrames().flat().length >= 9_100);
    await tick();

    const answer = socket.frames[0]!;
    expect(answer).toMatchObject({ id: 1, result: { eventCount: 9_000, events: [] } });
    const frames = socket.eventFrames();
    expect(frames.slice(0, 5).map((frame) => frame.length)).toEqual([2000, 2000, 2000, 2000, 1000]);
    expect(frames.flat().map((e) => e.seq)).toEqual(Array.from({ length: 9_100 }, (_, i) => i + 1));
  });

  it('a second attach mid-stream stops the first snapshot; the second is complete and alone after its answer', async () => {
    const inspector = new FakeInspector(Array.from({ length: 10_000 }, (_, i) => event(i + 1)));
    const socket = new SlowSocket();
    new SocketSession(socket as unknown as WebSocket, inspector as unknown as Inspector, () => {});
    socket.emit('message', attachFrame(1), false);
    await until(() => socket.eventFrames().length > 0);
    socket.bufferedAmount = SNAPSHOT_HIGH_WATER_BYTES + 1;
    inspector.record();
    socket.emit('message', attachFrame(2), false);
    await tick();
    socket.bufferedAmount = 0;
    await until(() => socket.frames.some((frame) => frame.id === 2));
    const secondAt = socket.frames.findIndex((frame) => frame.id === 2);
    await until(() => socket.frames.slice(secondAt + 1).flatMap((frame) => frame.params?.events ?? []).length >= 10_001);
    inspector.record();
    await until(() => socket.frames.slice(secondAt + 1).flatMap((frame) => frame.params?.events ?? []).length >= 10_002);
    await tick();

    expect(socket.frames[secondAt]?.result?.eventCount).toBe(10_001);
    const afterSecond = socket.frames.slice(secondAt + 1).flatMap((frame) => frame.params?.events ?? []);
    expect(afterSecond.map((e) => e.seq)).toEqual(Array.from({ length: 10_002 }, (_, i) => i + 1));
  });
});
