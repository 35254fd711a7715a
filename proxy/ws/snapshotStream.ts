// The events of an attach snapshot, sent after the attach answer as bounded `eventsRecorded` frames.
// A reopened session can hold 100,000 events (tens of MB): one frame of it kept the page parsing for
// seconds before its first screen, and the proxy building it. Frames here stay small (the page parses
// each in a few ms), and the proxy waits while the socket has a lot unsent, yielding between frames
// so live traffic and other sockets are served meanwhile.
import { eventJsonLength, type EventJson } from '../inspector/eventBytes';
import { eventsFrameOf, type TextFrame } from './eventOutbox';
import type { TextPieces } from './textPieces';

/** At most this many events per frame. */
export const SNAPSHOT_CHUNK_EVENTS = 2_000;
/** And at most about this many bytes (a single larger event still goes, alone). */
export const SNAPSHOT_CHUNK_BYTES = 1024 * 1024;
/** Above this much unsent on the socket, the next frame waits. */
export const SNAPSHOT_HIGH_WATER_BYTES = 4 * 1024 * 1024;

export interface SnapshotSink {
  /** Bytes queued on the socket, not yet written (ws `bufferedAmount`). */
  bufferedAmount(): number;
  send(frame: TextFrame): void;
  /** False once the socket closed or a newer attach replaced this snapshot: stop sending. */
  isCurrent(): boolean;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Groups already serialized events (their JSON bytes) into frames under both limits, in order. */
export function* snapshotFrames(events: readonly EventJson[]): Generator<TextPieces> {
  let chunk: EventJson[] = [];
  let bytes = 0;
  for (const event of events) {
    const length = eventJsonLength(event);
    if (chunk.length > 0 && (chunk.length >= SNAPSHOT_CHUNK_EVENTS || bytes + length > SNAPSHOT_CHUNK_BYTES)) {
      yield eventsFrameOf(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(event);
    bytes += length + 1;
  }
  if (chunk.length > 0) yield eventsFrameOf(chunk);
}

/**
 * Sends the events as frames, each after the previous one is mostly written. Resolves true when all
 * went out, false when the sink stopped being current (nothing more is sent then).
 */
export async function streamSnapshot(events: readonly EventJson[], sink: SnapshotSink): Promise<boolean> {
  for (const frame of snapshotFrames(events)) {
    while (sink.isCurrent() && sink.bufferedAmount() > SNAPSHOT_HIGH_WATER_BYTES) await pause(5);
    if (!sink.isCurrent()) return false;
    sink.send(frame);
    await yieldToEventLoop();
  }
  return sink.isCurrent();
}
