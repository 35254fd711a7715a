// Reads events back from a session file while it is still being written: the inspector's archive of
// the events that fell out of its in-memory window. The file is indexed as it grows, by complete lines
// only (a half-written last line waits for the next read): one checkpoint per block of event lines,
// holding the line's byte offset and how many events of each connection came before it, in typed arrays.
// A million events so cost a few hundred KB of index; reading a range seeks to the checkpoint before it
// and parses at most one block it does not return.
import { closeSync, openSync, readSync } from 'node:fs';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { entryEvent, readSessionEntry, readSessionHeader } from '../../shared/session';
import type { SessionUpgrade } from '../../shared/session/sessionUpgrades';
import type { EventArchive, EventRange } from '../inspector/EventStore';

/** Event lines per checkpoint. */
export const CHECKPOINT_EVENTS = 256;
const READ_CHUNK_BYTES = 1024 * 1024;
/** An event line as `SessionLineWriter` writes it starts so: its seq and connection, without parsing it all. */
const EVENT_LINE_START = /^\{"type":"event","seq":(\d+),"time":[^,]*,"connectionId":"((?:[^"\\]|\\.)*)"/;
const LINE_START_CHARS = 160;

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
  /** Where the line starts in the file and its text, for decoding when it is read back. */
  offset: number;
  text: string;
}

export class SessionFileArchive implements EventArchive {
  private fd: number | undefined;
  /** Bytes of complete lines indexed so far. */
  private indexedBytes = 0;
  private eventLines = 0;
  private readonly checkpointOffsets = new GrowableArray(new Float64Array(64));
  private checkpoints = 0;
  private readonly counts = new Map<string, ConnectionCounts>();
  private readonly forgotten = new Set<string>();
  private steps: SessionUpgrade[] = [];

  /** `beforeRead` writes out whatever the recorder still queues, so the file holds every event published. */
  constructor(
    readonly file: string,
    private readonly beforeRead: () => void = () => {},
  ) {}

  forget(connectionId: string): void {
    this.forgotten.add(connectionId);
  }

  async read(range: EventRange): Promise<RecordedEvent[]> {
    this.beforeRead();
    this.catchUp();
    if (range.count <= 0 || this.checkpoints === 0) return [];
    const checkpoint = this.checkpointBefore(range);
    let position = this.countAt(checkpoint, range.connectionId);
    const events: RecordedEvent[] = [];
    for (const line of this.eventLinesFrom(this.checkpointOffsets.values[checkpoint]!)) {
      if (!this.inScope(line.connectionId, range.connectionId)) continue;
      if (position++ < range.from) continue;
      events.push(this.decode(line));
      if (events.length >= range.count) break;
    }
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

  /** Indexes the complete lines appended since the last call. */
  private catchUp(): void {
    for (const line of this.eventLinesFrom(this.indexedBytes, true)) {
      if (this.eventLines % CHECKPOINT_EVENTS === 0) {
        this.checkpointOffsets.set(this.checkpoints, line.offset);
        for (const counts of this.counts.values()) counts.atCheckpoint.set(this.checkpoints, counts.total);
        this.checkpoints++;
      }
      this.eventLines++;
      let counts = this.counts.get(line.connectionId);
      if (!counts) this.counts.set(line.connectionId, (counts = { atCheckpoint: new GrowableArray(new Int32Array(64)), total: 0 }));
      counts.total++;
    }
  }

  /**
   * The event lines from `offset` to the last complete line. Indexing (`advance`) also reads the
   * header and moves `indexedBytes`; lines that are not events (summaries, findings, damage) are skipped.
   */
  private *eventLinesFrom(offset: number, advance = false): Generator<EventLine> {
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
        const lineOffset = offset + start;
        if (lineOffset === 0) {
          if (advance) this.steps = readSessionHeader(buffer.toString('utf8', 0, end)).steps;
        } else {
          const line = this.eventLine(buffer, start, end, lineOffset);
          if (line) yield line;
        }
        start = end + 1;
        if (advance) this.indexedBytes = offset + start;
      }
      offset += lastNewline + 1;
      chunkBytes = READ_CHUNK_BYTES;
    }
  }

  private eventLine(buffer: Buffer, start: number, end: number, offset: number): EventLine | undefined {
    const match = EVENT_LINE_START.exec(buffer.toString('utf8', start, Math.min(end, start + LINE_START_CHARS)));
    if (!match) return undefined;
    const connectionId = match[2]!.includes('\\') ? (JSON.parse(`"${match[2]}"`) as string) : match[2]!;
    // The text is decoded lazily: only lines that are returned need it.
    const line: EventLine = { seq: Number(match[1]), connectionId, offset, text: '' };
    Object.defineProperty(line, 'text', { get: () => buffer.toString('utf8', start, end) });
    return line;
  }

  /** The event a line recorded, or, for a damaged line, an error event in its place that says so. */
  private decode(line: EventLine): RecordedEvent {
    const entry = readSessionEntry(line.text, this.steps);
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
