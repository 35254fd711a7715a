// Where the inspector keeps its stamped events. Without an archive it keeps all of them (the headless
// commands: short runs that read the whole stream at the end). With one (the UI's proxy) it keeps only
// a recent window in memory, bounded by count and bytes, and reads older events back from the archive:
// the session file being recorded, or a spill file when nothing is recorded. A million messages so cost
// the file, not the heap. Events are addressed by position: the n-th event of a connection, or of all
// the connections still listed, which is what a page scrolling a list of rows asks for.
// The window keeps each event as its JSON bytes (the same buffer the sockets and the recorder wrote), not
// the object: every window event outlives a few young-generation collections, so it is promoted and dies
// in the old generation; as bytes outside the JS heap only a small handle is promoted, and the heap the
// collector grows under a stream (the RSS peak) stays small.
import type { RecordedEvent } from '../../shared/recordedEvent';
import { eventJsonLength, eventJsonText, isWholeJson, plainEventBytes, type EventBytes, type EventJson } from './eventBytes';

/** A run of events by position: `from` counts from 0, the oldest event of the connection (or of all). */
export interface EventRange {
  /** One connection's events, or every listed connection's merged by seq when absent. */
  connectionId?: string;
  from: number;
  count: number;
}

/** Every event published, appended in seq order, read back by position. */
export interface EventArchive {
  /** The events of `range` that are in the file, in seq order (fewer if the file ends first). */
  read(range: EventRange): Promise<RecordedEvent[]>;
  /** The connection was removed: its events no longer count in positions. */
  forget(connectionId: string): void;
}

export interface WindowLimits {
  maxEvents: number;
  /** An estimate: the messages' wire size plus a fixed allowance per event for the rest. */
  maxBytes: number;
}

// 8 MiB of bytes: what a page attaching gets at once and what stays resident after large results. At
// 24 MiB a proxy that had echoed a few 5 MiB strings kept its RSS ~16 MiB higher for as long as it ran;
// the events beyond it are read back from the file when a page scrolls to them.
export const DEFAULT_WINDOW_LIMITS: WindowLimits = { maxEvents: 10_000, maxBytes: 8 * 1024 * 1024 };
const UNBOUNDED: WindowLimits = { maxEvents: Number.POSITIVE_INFINITY, maxBytes: Number.POSITIVE_INFINITY };
/** What an event costs in memory besides its message's text (object, stamp, strings' headers). */
const EVENT_OVERHEAD_BYTES = 160;
/** A buffer's handle on the heap. */
const BUFFER_OVERHEAD_BYTES = 100;

function unpacked(slot: WindowSlot): RecordedEvent {
  return isJson(slot) ? (JSON.parse(eventJsonText(slot)) as RecordedEvent) : slot;
}

/** A window slot: the event itself (unbounded), or its JSON bytes (bounded), parsed again when read. */
type WindowSlot = RecordedEvent | EventJson;
/** What an evicted slot before `head` holds until the front is cut off. */
const EVICTED: WindowSlot = Buffer.alloc(0);

const isJson = (slot: WindowSlot): slot is EventJson => slot instanceof Uint8Array || Array.isArray(slot);

function estimatedBytes(event: WindowSlot): number {
  if (isJson(event)) return eventJsonLength(event) + BUFFER_OVERHEAD_BYTES * (isWholeJson(event) ? 1 : event.length);
  switch (event.kind) {
    case 'message':
    case 'app':
      return event.size * 2 + EVENT_OVERHEAD_BYTES;
    case 'stdout':
    case 'stderr':
      return event.text.length * 2 + EVENT_OVERHEAD_BYTES;
    default:
      return 4 * EVENT_OVERHEAD_BYTES;
  }
}

export class EventStore {
  /** The live window, in seq order, from `head` on (the front is cut off in batches). */
  private window: WindowSlot[] = [];
  /** The connection of each window slot, same positions (the text does not say it without parsing). */
  private windowConnections: string[] = [];
  private head = 0;
  private windowBytes = 0;
  /** Live events published per listed connection, in memory or not. */
  private readonly totals = new Map<string, number>();
  private readonly inWindow = new Map<string, number>();
  /** Connections read from a session file: their whole log, fixed, older than any live event. */
  private readonly recorded = new Map<string, readonly RecordedEvent[]>();
  private archive: EventArchive | undefined;
  private limits = UNBOUNDED;
  private pack: EventBytes | undefined;

  /**
   * From now on, keep at most `limits` in memory, each event as `toBytes`'s buffer (the inspector's
   * cached bytes, so no second serialisation); what falls out is read back from `archive`.
   */
  bound(archive: EventArchive, limits: WindowLimits = DEFAULT_WINDOW_LIMITS, toBytes: EventBytes = plainEventBytes): void {
    this.archive = archive;
    this.limits = limits;
    this.pack = toBytes;
    this.window = this.window.map((slot) => (isJson(slot) ? slot : toBytes(slot)));
    this.windowBytes = this.window.reduce((sum, slot) => sum + estimatedBytes(slot), 0);
    this.evict();
  }

  /** Starts keeping a live connection's events. */
  open(connectionId: string): void {
    this.totals.set(connectionId, 0);
    this.inWindow.set(connectionId, 0);
  }

  /** Keeps an event; false (and not kept) when its connection is not listed (removed). */
  push(event: RecordedEvent): boolean {
    const total = this.totals.get(event.connectionId);
    if (total === undefined) return false;
    this.totals.set(event.connectionId, total + 1);
    this.inWindow.set(event.connectionId, (this.inWindow.get(event.connectionId) ?? 0) + 1);
    const slot = this.pack ? this.pack(event) : event;
    this.window.push(slot);
    this.windowConnections.push(event.connectionId);
    this.windowBytes += estimatedBytes(slot);
    this.evict();
    return true;
  }

  addRecorded(connectionId: string, events: readonly RecordedEvent[]): void {
    this.recorded.set(connectionId, events);
  }

  has(connectionId: string): boolean {
    return this.totals.has(connectionId) || this.recorded.has(connectionId);
  }

  remove(connectionId: string): void {
    this.recorded.delete(connectionId);
    if (!this.totals.delete(connectionId)) return;
    this.inWindow.delete(connectionId);
    const kept = this.window.map((_, index) => index).filter((index) => index >= this.head && this.windowConnections[index] !== connectionId);
    this.window = kept.map((index) => this.window[index]!);
    this.windowConnections = kept.map((index) => this.windowConnections[index]!);
    this.head = 0;
    this.windowBytes = this.window.reduce((sum, slot) => sum + estimatedBytes(slot), 0);
    this.archive?.forget(connectionId);
  }

  /** The events in memory, in seq order: every recorded connection's, then the live window. */
  recent(): RecordedEvent[] {
    return [...this.recordedMerged(), ...this.liveWindow().map(unpacked)];
  }

  /**
   * The same events as `recent`, as the bytes a socket sends (the window's own buffers, the rest made
   * by `bytesOf`): what a page attaching gets, with nothing parsed and serialised again.
   */
  recentBytes(bytesOf: EventBytes): EventJson[] {
    return [...this.recordedMerged().map(bytesOf), ...this.liveWindow().map((slot) => (isJson(slot) ? slot : bytesOf(slot)))];
  }

  /** Every event of each listed connection, in memory or not. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [connectionId, events] of this.recorded) counts[connectionId] = events.length;
    for (const [connectionId, total] of this.totals) counts[connectionId] = total;
    return counts;
  }

  /** Per live connection with events out of memory: how many come before its first one in memory. */
  olderCounts(): Record<string, number> {
    const older: Record<string, number> = {};
    for (const [connectionId, total] of this.totals) {
      const count = total - (this.inWindow.get(connectionId) ?? 0);
      if (count > 0) older[connectionId] = count;
    }
    return older;
  }

  /** How many events the range's scope holds in all. */
  total(connectionId?: string): number {
    const counts = this.counts();
    if (connectionId !== undefined) return counts[connectionId] ?? 0;
    return Object.values(counts).reduce((sum, count) => sum + count, 0);
  }

  /**
   * The events of `range`, in seq order: recorded ones and the window's from memory, older live ones
   * from the archive. What is in memory is taken now, so events falling out meanwhile change nothing.
   */
  async read(range: EventRange): Promise<RecordedEvent[]> {
    const { connectionId } = range;
    const end = Math.min(range.from + range.count, this.total(connectionId));
    const from = Math.max(0, range.from);
    if (end <= from) return [];
    const recorded = connectionId === undefined ? this.recordedMerged() : (this.recorded.get(connectionId) ?? []);
    if (connectionId !== undefined && this.recorded.has(connectionId)) return recorded.slice(from, end);
    const live = this.liveWindow(connectionId);
    // Positions past the recorded ones are live: the archive's first, then the window's.
    const liveFrom = Math.max(0, from - recorded.length);
    const liveEnd = end - recorded.length;
    const firstInWindow = this.total(connectionId) - recorded.length - live.length;
    const fromRecorded = recorded.slice(from, Math.min(end, recorded.length));
    const fromWindow = live.slice(Math.max(0, liveFrom - firstInWindow), Math.max(0, liveEnd - firstInWindow)).map(unpacked);
    const archivedEnd = Math.min(liveEnd, firstInWindow);
    const fromArchive = liveFrom < archivedEnd && this.archive
      ? await this.archive.read({ ...(connectionId === undefined ? {} : { connectionId }), from: liveFrom, count: archivedEnd - liveFrom })
      : [];
    return [...fromRecorded, ...fromArchive, ...fromWindow];
  }

  /** The window's slots from `head` on, of one connection or all. */
  private liveWindow(connectionId?: string): WindowSlot[] {
    if (connectionId === undefined) return this.head === 0 ? this.window : this.window.slice(this.head);
    return this.window.filter((_, index) => index >= this.head && this.windowConnections[index] === connectionId);
  }

  private recordedMerged(): RecordedEvent[] {
    const logs = [...this.recorded.values()].filter((log) => log.length > 0);
    if (logs.length <= 1) return [...(logs[0] ?? [])];
    return logs.flat().sort((a, b) => a.seq - b.seq);
  }

  private evict(): void {
    const { maxEvents, maxBytes } = this.limits;
    while (this.window.length - this.head > maxEvents || (this.windowBytes > maxBytes && this.window.length - this.head > 1)) {
      const connectionId = this.windowConnections[this.head]!;
      this.windowBytes -= estimatedBytes(this.window[this.head]!);
      // Let go of the evicted bytes now, not when the front is cut off: up to a batch of evicted slots
      // wait for that, and after large messages they held ~90 MiB past the window's bound.
      this.window[this.head++] = EVICTED;
      this.inWindow.set(connectionId, (this.inWindow.get(connectionId) ?? 1) - 1);
    }
    // Cut the front off in batches: a shift per event would copy the whole window each time.
    if (this.head > 1024 && this.head * 2 > this.window.length) {
      this.window = this.window.slice(this.head);
      this.windowConnections = this.windowConnections.slice(this.head);
      this.head = 0;
    }
  }
}
