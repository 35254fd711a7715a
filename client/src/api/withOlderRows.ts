// The log's rows with the older events on top: the filtered view covers the events the page holds, and
// when nothing is filtered or hidden the rows above them are the older events, read from the proxy as
// they scroll into view. A filter runs on the loaded events only, and the snapshot says how many older
// events it did not search, so the UI can say so rather than pass a part off as the whole.
import type { FilteredLogSnapshot } from './logStoreView';
import type { OlderEventsStore } from './olderEventsStore';

export function withOlderRows(
  rows: FilteredLogSnapshot,
  older: OlderEventsStore,
  connectionId: string | undefined,
  filtering: boolean,
): FilteredLogSnapshot {
  const olderCount = older.olderCount(connectionId);
  if (olderCount === 0) return rows;
  if (filtering) return { ...rows, olderNotSearched: olderCount };
  return {
    count: olderCount + rows.count,
    version: rows.version,
    scopeCount: olderCount + rows.scopeCount,
    buildMs: rows.buildMs,
    olderRows: olderCount,
    olderNotSearched: 0,
    entryAt: (row) => (row < olderCount ? older.entryAt(connectionId, row) : rows.entryAt(row - olderCount)),
    firstTime: () => older.firstTime(connectionId),
    rowOfSeq: (seq) => {
      const row = rows.rowOfSeq(seq);
      return row === undefined ? older.positionOfSeq(connectionId, seq) : row + olderCount;
    },
    entryBySeq: (seq) => {
      const entry = rows.entryBySeq(seq);
      if (entry) return entry;
      const position = older.positionOfSeq(connectionId, seq);
      return position === undefined ? undefined : older.entryAt(connectionId, position);
    },
  };
}
