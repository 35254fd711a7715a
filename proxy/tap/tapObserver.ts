// The reporting half of a stdio tap: takes copies of the bytes the tap passed (host → server,
// server → host, server stderr) and its lifecycle events, cuts the bytes into lines, turns each line
// into an event and sends the events to the inspector UI. It runs off the relay's thread (see
// observerThread.ts), so that nothing it does — parsing, recording, diagnosis, the UI's socket —
// ever delays a byte between the host and its server.
import type { UnstampedEvent } from '../../shared/recordedEvent';
import { LineSplitter } from '../upstream/lineSplitter';
import { stderrLineText } from '../upstream/stderrLineText';
import { MAX_STDOUT_LINE_BYTES } from '../upstream/stdioTransport';
import { linkToInspector, type InspectorLinkOptions } from './inspectorLink';

const MAX_STDERR_LINE_BYTES = 64 * 1024;

/** Which of the tap's streams a copy of bytes comes from. */
export type TappedStream = 'host' | 'stdout' | 'stderr';

/** Every call says when the relay saw it (ms since the epoch): the worker may be a moment behind. */
export interface TapObserver {
  bytes(stream: TappedStream, chunk: Uint8Array, time: number): void;
  /** A stream ended: a last line without its newline is still a line. */
  ended(stream: TappedStream, time: number): void;
  event(event: UnstampedEvent, time: number): void;
  /** Reports what is left and lets go of the inspector. */
  close(): Promise<void>;
}

/** A line as an event: JSON is a message (whatever its shape: the diagnosis judges it), anything else text. */
export function lineEvent(direction: 'outgoing' | 'incoming', line: string, bytes: number): UnstampedEvent | undefined {
  if (line.trim() === '') return undefined;
  try {
    return { kind: 'message', direction, message: JSON.parse(line) as unknown, size: bytes };
  } catch {
    // A host writing non-JSON to the server is recorded as a string where a message should be; a
    // server writing it to stdout is the classic stdout-hygiene bug, shown as a stdout line.
    return direction === 'incoming' ? { kind: 'stdout', text: line } : { kind: 'message', direction, message: line, size: bytes };
  }
}

export function startTapObserver(options: InspectorLinkOptions): TapObserver {
  const link = linkToInspector(options);
  /** When the bytes being cut into lines were seen. */
  let seenAt = Date.now();
  const report = (event: UnstampedEvent | undefined) => {
    if (event) link.report(event, seenAt);
  };
  const tooLong = (who: string) => (bytes: number) =>
    report({ kind: 'transport', event: { type: 'error', message: `A line from the ${who} exceeded ${MAX_STDOUT_LINE_BYTES / 1024 / 1024} MiB (${bytes} bytes so far): passed on, not shown` } });
  const splitters: Record<TappedStream, LineSplitter> = {
    host: new LineSplitter({ maxLineBytes: MAX_STDOUT_LINE_BYTES, overflow: 'discard', onLine: (line, bytes) => report(lineEvent('outgoing', line, bytes)), onOverflow: tooLong('host') }),
    stdout: new LineSplitter({ maxLineBytes: MAX_STDOUT_LINE_BYTES, overflow: 'discard', onLine: (line, bytes) => report(lineEvent('incoming', line, bytes)), onOverflow: tooLong('server') }),
    stderr: new LineSplitter({ maxLineBytes: MAX_STDERR_LINE_BYTES, overflow: 'split', onLine: (text) => report({ kind: 'stderr', text: stderrLineText(text) }) }),
  };
  return {
    bytes: (stream, chunk, time) => {
      seenAt = time;
      splitters[stream].push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    },
    ended: (stream, time) => {
      seenAt = time;
      splitters[stream].end();
    },
    event: (event, time) => link.report(event, time),
    close: () => link.close(),
  };
}
