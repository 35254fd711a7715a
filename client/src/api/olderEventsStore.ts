// The log's events older than those the page holds. The proxy keeps a recent window in memory and the
// attach snapshot carries that window plus how many events each connection has in all; the rest stays
// on the proxy's disk. Rows above the loaded ones are read here by position, in pages fetched when the
// list first asks for them (a placeholder row meanwhile), and only a bounded number of pages is kept,
// so scrolling a million-event log costs the page no more memory than the window does.
import type { RecordedEvent } from '../../../shared/recordedEvent';
import { Signal } from './keyedSignal';
import type { LogEntry } from './logEntry';
import { pairedLogEntries, type EvictedEvents } from './logStore';

/** Events per `readEvents` request. */
export const OLDER_PAGE_EVENTS = 500;
/** Pages kept; the least recently used go first. */
const MAX_PAGES = 40;
/** The scope of the merged log of every connection. */
const ALL = '*';

export type ReadEvents = (range: { connectionId?: string; from: number; count: number }) => Promise<RecordedEvent[]>;

interface Page {
  entries: LogEntry[];
  /** How many events were asked for: fewer when the page ended at the older rows' end at the time. */
  asked: number;
}

export class OlderEventsStore {
  /** Events each connection has before the first one the page holds. */
  private readonly olderByConnection = new Map<string, number>();
  private readonly pages = new Map<string, Page>();
  private readonly loading = new Set<string>();
  /** The time of each scope's oldest event (`null` while it is read), for the log's relative times. */
  private readonly firstTimes = new Map<string, number | null>();
  private readonly signal = new Signal();
  /** Bumped by each reset, so an answer for an older snapshot is dropped. */
  private generation = 0;
  private version = 0;
  /** Set after a failed read: rows stay placeholders, and the notice says why. */
  private failure: string | undefined;

  constructor(private readonly readEvents: ReadEvents) {}

  /** After each attach: per connection, how many events come before the snapshot's. */
  reset(olderCounts: Readonly<Record<string, number>>): void {
    this.olderByConnection.clear();
    for (const [connectionId, older] of Object.entries(olderCounts)) if (older > 0) this.olderByConnection.set(connectionId, older);
    this.pages.clear();
    this.loading.clear();
    this.firstTimes.clear();
    this.generation++;
    this.failure = undefined;
    this.changed();
  }

  /**
   * The page let go of its oldest held events (its limit, see logStore.ts): they become the last older
   * rows of their connections, after the ones already counted, so loaded pages keep their positions; a
   * page that ended at the old boundary is read again (it was short). A scope that had no older rows
   * learns its first time from the evicted events, so relative times do not wait for a read.
   */
  grow(evicted: readonly EvictedEvents[]): void {
    if (evicted.length === 0) return;
    const boundaries = new Map<string, number>([[ALL, this.olderCount(undefined)]]);
    for (const { connectionId } of evicted) boundaries.set(connectionId, this.olderCount(connectionId));
    let earliest = Number.POSITIVE_INFINITY;
    for (const { connectionId, count, firstTime } of evicted) {
      if (this.olderCount(connectionId) === 0) this.firstTimes.set(connectionId, firstTime);
      this.olderByConnection.set(connectionId, this.olderCount(connectionId) + count);
      earliest = Math.min(earliest, firstTime);
    }
    if (boundaries.get(ALL) === 0) this.firstTimes.set(ALL, earliest);
    for (const key of [...this.pages.keys()]) {
      const [scope, pageIndex] = splitPageKey(key);
      const boundary = boundaries.get(scope);
      if (boundary !== undefined && (pageIndex + 1) * OLDER_PAGE_EVENTS > boundary) this.pages.delete(key);
    }
    this.changed();
  }

  removeConnection(connectionId: string): void {
    if (!this.olderByConnection.delete(connectionId)) return;
    // The merged log's positions shift: its pages are read again.
    for (const key of [...this.pages.keys()]) if (key.startsWith(`${ALL}:`) || key.startsWith(`${connectionId}:`)) this.pages.delete(key);
    this.firstTimes.delete(ALL);
    this.firstTimes.delete(connectionId);
    this.changed();
  }

  /** Rows before the page's own for one connection, or for every connection merged. */
  olderCount(connectionId: string | undefined): number {
    if (connectionId !== undefined) return this.olderByConnection.get(connectionId) ?? 0;
    let sum = 0;
    for (const count of this.olderByConnection.values()) sum += count;
    return sum;
  }

  /** The entry at this position, or undefined while its page loads (the first ask starts loading it). */
  entryAt(connectionId: string | undefined, position: number): LogEntry | undefined {
    if (position < 0 || position >= this.olderCount(connectionId)) return undefined;
    const pageIndex = Math.floor(position / OLDER_PAGE_EVENTS);
    const key = `${connectionId ?? ALL}:${pageIndex}`;
    const page = this.pages.get(key);
    // A page asked for before the count grew (see `grow`) ends short of a position it now covers.
    if (page && position - pageIndex * OLDER_PAGE_EVENTS >= page.asked) this.pages.delete(key);
    else if (page) {
      // Most recently used last.
      this.pages.delete(key);
      this.pages.set(key, page);
      return page.entries[position - pageIndex * OLDER_PAGE_EVENTS];
    }
    if (!this.loading.has(key) && this.failure === undefined) this.load(key, connectionId, pageIndex);
    return undefined;
  }

  /**
   * The time of the oldest event (the log's relative times count from it), or undefined while it is
   * read. Read alone, one event: the first screen shows the newest rows, and a page of the oldest 500
   * (a disk read on the proxy, ~130 kB to parse) only to learn one time was on its way.
   */
  firstTime(connectionId: string | undefined): number | undefined {
    if (this.olderCount(connectionId) === 0) return undefined;
    const scope = connectionId ?? ALL;
    const loaded = this.pages.get(`${scope}:0`)?.entries[0];
    if (loaded) return loaded.time;
    const known = this.firstTimes.get(scope);
    if (known !== undefined) return known ?? undefined;
    this.firstTimes.set(scope, null);
    const generation = this.generation;
    this.readEvents({ ...(connectionId === undefined ? {} : { connectionId }), from: 0, count: 1 }).then(
      ([first]) => {
        if (generation !== this.generation || !first) return;
        this.firstTimes.set(scope, first.time);
        this.changed();
      },
      () => {
        // The rows' own reads say what failed; relative times then count from the first loaded row.
        if (generation === this.generation) this.firstTimes.delete(scope);
      },
    );
    return undefined;
  }

  /** The position of the loaded older entry with this seq, if its page is here. */
  positionOfSeq(connectionId: string | undefined, seq: number): number | undefined {
    const prefix = `${connectionId ?? ALL}:`;
    for (const [key, page] of this.pages) {
      if (!key.startsWith(prefix)) continue;
      const index = page.entries.findIndex((entry) => entry.seq === seq);
      if (index >= 0) return Number(key.slice(prefix.length)) * OLDER_PAGE_EVENTS + index;
    }
    return undefined;
  }

  /** Why older rows could not be read, if that happened. */
  error(): string | undefined {
    return this.failure;
  }

  getVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => this.signal.subscribe(listener);

  private load(key: string, connectionId: string | undefined, pageIndex: number): void {
    this.loading.add(key);
    const generation = this.generation;
    const from = pageIndex * OLDER_PAGE_EVENTS;
    const count = Math.min(OLDER_PAGE_EVENTS, this.olderCount(connectionId) - from);
    this.readEvents({ ...(connectionId === undefined ? {} : { connectionId }), from, count }).then(
      (events) => {
        if (generation !== this.generation) return;
        this.loading.delete(key);
        this.pages.set(key, { entries: pairedLogEntries(events), asked: count });
        if (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value as string);
        this.changed();
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.loading.delete(key);
        this.failure = `The older events could not be read from the proxy: ${error instanceof Error ? error.message : String(error)}`;
        this.changed();
      },
    );
  }

  private changed(): void {
    this.version++;
    this.signal.notify();
  }
}

/** A page's key is `<scope>:<page index>`; a scope (a connection id) may itself hold colons. */
function splitPageKey(key: string): [scope: string, pageIndex: number] {
  const colon = key.lastIndexOf(':');
  return [key.slice(0, colon), Number(key.slice(colon + 1))];
}
