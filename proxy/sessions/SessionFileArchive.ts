// Reads events back from a session file while it is still being written: the inspector's archive of
// the events that fell out of its in-memory window. Its writer (the recorder) says where each event
// line starts as it writes it (`EventLineIndex`), so the file is never read back to be indexed: one
// checkpoint per block of event lines, holding the line's byte offset and how many events of each
// connection came before it, in typed arrays. A million events so cost a few hundred KB of index;
// reading a range seeks to the checkpoint before it and parses at most one block it does not return.
import { closeSync, openSync, readSync } from 'node:fs';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { entryEvent, readSessionEntry } from '../../shared/session';
import type { EventArchive, EventRange } from '../inspector/EventStore';
import type { EventLineIndex } from './SessionRecorder';

/** Event lines per checkpoint. */
export const CHECKPOINT_EVENTS = 256;
const READ_CHUNK_BYTES = 1024 * 1024;
/**
 * An event line as `SessionLineWriter` writes it starts `{"type":"event","seq":N,"time":T,"connectionId":"…"`:
 * a read that scans from a checkpoint reads each line's seq and connection from those bytes, without
 * decoding the lines it does not return.
 */
const EVENT_LINE_PREFIX = Buffer.from('{"type":"event","seq":');
const CONNECTION_MARKER = Buffer.from(',"connectionId":"');
/** How far into a line its connection id may start (the seq and time are numbers). */
const LINE_START_BYTES = 160;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/** Where an event line's seq and connection id are, or undefined for any other line. */
interface EventLineStart {
  seq: number;
  idStart: number;
  idEnd: number;
  /** The id holds a JSON escape (decode it with JSON.parse). */
  escaped: boolean;
}

function scanEventLineStart(buffer: Buffer, start: number, end: number): EventLineStart | undefined {
  const prefixEnd = start + EVENT_LINE_PREFIX.length;
  if (prefixEnd > end || buffer.compare(EVENT_LINE_PREFIX, 0, EVENT_LINE_PREFIX.length, start, prefixEnd) !== 0) return undefined;
  let seq = 0;
  let at = prefixEnd;
  for (; at < end && buffer[at]! >= DIGIT_0 && buffer[at]! <= DIGIT_9; at++) seq = seq * 10 + buffer[at]! - DIGIT_0;
  if (at === prefixEnd) return undefined;
  const marker = buffer.indexOf(CONNECTION_MARKER, at);
  if (marker < 0 || marker + CONNECTION_MARKER.length > Math.min(end, start + LINE_START_BYTES)) return undefined;
  const idStart = marker + CONNECTION_MARKER.length;
  let escaped = false;
  for (let i = idStart; i < end; i++) {
    const byte = buffer[i]!;
    if (byte === BACKSLASH) {
      escaped = true;
      i++;
    } else if (byte === QUOTE) return { seq, idStart, idEnd: i, escaped };
  }
  return undefined;
}

class GrowableArray<T extends Float64Array | Int32Array> {
  constructor(public values: T) {}
  set(index: number, value: number): void {
    if (index >= this.values.length) {
      const grown = new (this.values.constructor as new (length: number) => T)(Math.max(64, index * 2));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[index] = value;
  }
}

interface ConnectionCounts {
  /** Events of this connection before each checkpoint (0 before it first appeared). */
  atCheckpoint: GrowableArray<Int32Array>;
  total: number;
}

interface EventLine {
  seq: number;
  connectionId: string;
  /** Where the line starts in the file, for the message about a damaged line. */
  offset: number;
  /** The line's bytes, decoded only for the lines a read returns. */
  buffer: Buffer;
  start: number;
  end: number;
}

export class SessionFileArchive implements EventArchive, EventLineIndex {
  private fd: number | undefined;
  private eventLines = 0;
  private readonly checkpointOffsets = new GrowableArray(new Float64Array(64));
  private checkpoints = 0;
  private readonly counts = new Map<string, ConnectionCounts>();
  /** The connection of the last line indexed: lines of one connection follow each other. */
  private previous: { connectionId: string; counts: ConnectionCounts } | undefined;
  private readonly forgotten = new Set<string>();

  /**
   * `beforeRead` writes out whatever the recorder still queues, so the file holds every event published
   * and the index knows where.
   */
  constructor(
    readonly file: string,
    private readonly beforeRead: () => void = () => {},
  ) {}

  forget(connectionId: string): void {
    this.forgotten.add(connectionId);
  }

  eventLineWritten(offset: number, connectionId: string): void {
    if (this.eventLines % CHECKPOINT_EVENTS === 0) {
      this.checkpointOffsets.set(this.checkpoints, offset);
      for (const counts of this.counts.values()) counts.atCheckpoint.set(this.checkpoints, counts.total);
      this.checkpoints++;
    }
    this.eventLines++;
    if (this.previous?.connectionId !== connectionId) {
      let counts = this.counts.get(connectionId);
      if (!counts) this.counts.set(connectionId, (counts = { atCheckpoint: new GrowableArray(new Int32Array(64)), total: 0 }));
      this.previous = { connectionId, counts };
    }
    this.previous.counts.total++;
  }

  async read(range: EventRange): Promise<RecordedEvent[]> {
    this.beforeRead();
    if (range.count <= 0 || this.checkpoints === 0) return [];
    const checkpoint = this.checkpointBefore(range);
    let position = this.countAt(checkpoint, range.connectionId);
    const events: RecordedEvent[] = [];
    // From the checkpoint on, in one pass: lines of other connections and before `from` are only counted.
    this.scanLines(this.checkpointOffsets.values[checkpoint]!, (buffer, start, end, offset) => {
      const line = scanEventLineStart(buffer, start, end);
      if (!line) return true;
      const connectionId = connectionIdOf(buffer, line);
      if (!this.inScope(connectionId, range.connectionId) || position++ < range.from) return true;
      events.push(this.decode({ seq: line.seq, connectionId, offset, buffer, start, end }));
      return events.length < range.count;
    });
    return events;
  }

  /** Closes the file descriptor (the file itself belongs to its writer). */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private inScope(lineConnection: string, scope: string | undefined): boolean {
    return scope === undefined ? !this.forgotten.has(lineConnection) : lineConnection === scope;
  }

  private countAt(checkpoint: number, connectionId: string | undefined): number {
    if (connectionId !== undefined) return this.counts.get(connectionId)?.atCheckpoint.values[checkpoint] ?? 0;
    let sum = 0;
    for (const [id, counts] of this.counts) if (!this.forgotten.has(id)) sum += counts.atCheckpoint.values[checkpoint] ?? 0;
    return sum;
  }

  /** The last checkpoint with at most `from` events of the range's scope before it. */
  private checkpointBefore(range: EventRange): number {
    let low = 0;
    let high = this.checkpoints - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.countAt(mid, range.connectionId) <= range.from) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Calls `visit` with each complete line from `offset` on, until it returns false. */
  private scanLines(offset: number, visit: (buffer: Buffer, start: number, end: number, offset: number) => boolean): void {
    const fd = (this.fd ??= openSync(this.file, 'r'));
    let chunkBytes = READ_CHUNK_BYTES;
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkBytes);
      const read = readSync(fd, chunk, 0, chunkBytes, offset);
      if (read === 0) return;
      // Only the bytes read: the rest of an unsafe allocation is old memory, which may hold newlines
      // (`lastIndexOf(10, -1)` on the whole chunk once found a previous chunk's lines there).
      const buffer = chunk.subarray(0, read);
      const lastNewline = buffer.lastIndexOf(10);
      if (lastNewline < 0) {
        // One line longer than the chunk: read more of it; a half-written last line: stop there.
        if (read < chunkBytes) return;
        chunkBytes *= 2;
        continue;
      }
      let start = 0;
      while (start <= lastNewline) {
        const end = buffer.indexOf(10, start);
        if (!visit(buffer, start, end, offset + start)) return;
        start = end + 1;
      }
      offset += lastNewline + 1;
      chunkBytes = READ_CHUNK_BYTES;
    }
  }

  /** The event a line recorded, or, for a damaged line, an error event in its place that says so. */
  private decode(line: EventLine): RecordedEvent {
    // The recorder writes the current format: no upgrade steps.
    const entry = readSessionEntry(line.buffer.toString('utf8', line.start, line.end), []);
    if (typeof entry !== 'string' && entry.type === 'event') return entryEvent(entry);
    const why = typeof entry === 'string' ? entry : 'is not an event';
    return {
      kind: 'transport',
      event: { type: 'error', message: `mcp-inspect could not read this event back from ${this.file}: the line at byte ${line.offset} ${why}.` },
      seq: line.seq,
      time: 0,
      connectionId: line.connectionId,
    };
  }
}

function connectionIdOf(buffer: Buffer, line: EventLineStart): string {
  const raw = buffer.toString('utf8', line.idStart, line.idEnd);
  return line.escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
}
