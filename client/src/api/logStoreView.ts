// A filtered view over the log store: the rows of one connection (or of all of them, merged by seq)
// that pass a compiled filter and come after the "clear view" mark. Built once per filter, then kept
// up to date incrementally: each new entry is tested once, when it first appears.
import { searchTextOf as searchTextOfEntry, type LogEntry, type HeldLogEntries } from './logEntry';
import type { LogStore } from './logStore';
import type { CompiledLogFilter, SearchTextOf } from './logStoreQuery';

/** An immutable view of the filtered rows; a new object after every change. */
export interface FilteredLogSnapshot {
  readonly count: number;
  readonly version: number;
  /** Entries in scope (after the clear mark) before filtering. */
  readonly scopeCount: number;
  /** How long the last full build took (ms), for the filter bar and the bench. */
  readonly buildMs: number;
  /** Rows at the top for events older than the page's, read from the proxy (undefined until loaded). */
  readonly olderRows: number;
  /** Older events a filter did not search (only the loaded events are filtered). */
  readonly olderNotSearched: number;
  /** The time of row 0's event (relative times count from it); undefined while it is read from the proxy. */
  firstTime(): number | undefined;
  /** The row's entry as stored now (pairing may have updated it since it was matched). */
  entryAt(row: number): LogEntry | undefined;
  /** The row showing the entry with this seq, if it passes the filter. */
  rowOfSeq(seq: number): number | undefined;
  /** The entry with this seq in the view's connections, hidden or filtered out or not. */
  entryBySeq(seq: number): LogEntry | undefined;
}

export interface LogViewOptions {
  /** One connection's log, or `undefined` for every connection merged by seq. */
  connectionId: string | undefined;
  filter: CompiledLogFilter;
  /** Rows with a seq up to this one are hidden ("Clear view"); the recording keeps them. */
  hiddenThroughSeq: number;
}

/** Free-text terms search each entry's lower-case text, made on the first search (`api/logEntry`). */
export const searchTextOf: SearchTextOf = searchTextOfEntry;

interface Cursor {
  entries: HeldLogEntries;
  /** The log's first held index when this cursor started: an eviction since makes the rows stale. */
  firstIndex: number;
  scanned: number;
}

export class FilteredLogView {
  private seqs: number[] = [];
  private rowConnections: string[] = [];
  private rowIndexes: number[] = [];
  private cursors = new Map<string, Cursor>();
  private scopeCount = 0;
  private buildMs = 0;
  private snapshot: FilteredLogSnapshot;
  private version = 0;

  constructor(
    private readonly store: LogStore,
    private readonly options: LogViewOptions,
  ) {
    const start = performance.now();
    this.scan();
    this.buildMs = performance.now() - start;
    this.snapshot = this.makeSnapshot();
  }

  /** Tests the entries appended since the last call; returns the current snapshot (new if anything changed). */
  refresh(): FilteredLogSnapshot {
    if (this.scan()) this.snapshot = this.makeSnapshot();
    return this.snapshot;
  }

  private connectionsInScope(): string[] {
    const { connectionId } = this.options;
    return connectionId === undefined ? this.store.connectionIds() : [connectionId];
  }

  /** Scans new entries; rebuilds from scratch when the store was reset or lost a connection. */
  private scan(): boolean {
    const connections = this.connectionsInScope();
    const stale = [...this.cursors.keys()].some((id) => !connections.includes(id)) ||
      connections.some((id) => {
        const cursor = this.cursors.get(id);
        const log = this.store.getSnapshot(id);
        // A new array (a reset), or entries let go at the front (their rows go to the older ones).
        return cursor !== undefined && (cursor.entries !== log.entries || cursor.firstIndex !== log.firstIndex);
      });
    if (stale) this.clear();
    let changed = stale;
    const firstNewRow = this.seqs.length;
    let contributors = 0;
    for (const connectionId of connections) {
      const log = this.store.getSnapshot(connectionId);
      const cursor = this.cursors.get(connectionId) ?? { entries: log.entries, firstIndex: log.firstIndex, scanned: log.firstIndex };
      this.cursors.set(connectionId, cursor);
      if (cursor.scanned >= log.count) continue;
      const before = this.seqs.length;
      this.scanRange(connectionId, log.entries, cursor.scanned, log.count);
      cursor.scanned = log.count;
      changed = true;
      if (this.seqs.length > before) contributors++;
    }
    if (contributors > 1) this.sortFrom(firstNewRow);
    return changed;
  }

  private scanRange(connectionId: string, entries: HeldLogEntries, from: number, to: number): void {
    const { filter, hiddenThroughSeq } = this.options;
    for (let index = from; index < to; index++) {
      const entry = entries[index];
      if (!entry || entry.seq <= hiddenThroughSeq) continue;
      this.scopeCount++;
      if (!filter.matchesAll && !filter.matches(entry, searchTextOf)) continue;
      this.seqs.push(entry.seq);
      this.rowConnections.push(connectionId);
      this.rowIndexes.push(index);
    }
  }

  /** Orders the rows added in one scan of several connections by seq (earlier rows are all older). */
  private sortFrom(first: number): void {
    const order = Array.from({ length: this.seqs.length - first }, (_, i) => first + i).sort((a, b) => this.seqs[a]! - this.seqs[b]!);
    const seqs = order.map((i) => this.seqs[i]!);
    const connections = order.map((i) => this.rowConnections[i]!);
    const indexes = order.map((i) => this.rowIndexes[i]!);
    this.seqs.splice(first, seqs.length, ...seqs);
    this.rowConnections.splice(first, connections.length, ...connections);
    this.rowIndexes.splice(first, indexes.length, ...indexes);
  }

  private clear(): void {
    this.seqs = [];
    this.rowConnections = [];
    this.rowIndexes = [];
    this.cursors = new Map();
    this.scopeCount = 0;
  }

  private makeSnapshot(): FilteredLogSnapshot {
    const { seqs, rowConnections, rowIndexes, store } = this;
    const count = seqs.length;
    const connectionId = this.options.connectionId;
    const rowOfSeq = (seq: number): number | undefined => {
      let low = 0;
      let high = count - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const value = seqs[mid]!;
        if (value === seq) return mid;
        if (value < seq) low = mid + 1;
        else high = mid - 1;
      }
      return undefined;
    };
    const entryAt = (row: number) => (row >= 0 && row < count ? store.getSnapshot(rowConnections[row]!).entries[rowIndexes[row]!] : undefined);
    return {
      count,
      version: ++this.version,
      scopeCount: this.scopeCount,
      buildMs: this.buildMs,
      olderRows: 0,
      olderNotSearched: 0,
      entryAt,
      firstTime: () => entryAt(0)?.time,
      rowOfSeq,
      entryBySeq: (seq) => {
        for (const id of connectionId === undefined ? store.connectionIds() : [connectionId]) {
          const log = store.getSnapshot(id);
          const index = log.indexOfSeq(seq);
          if (index !== undefined) return log.entries[index];
        }
        return undefined;
      },
    };
  }
}
