import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { LogKind } from './logEntry';
import type { LogSnapshot } from './logStore';
import { compileLogFilter, mentionsPinned, type LogFilter } from './logStoreQuery';
import { FilteredLogView, type FilteredLogSnapshot } from './logStoreView';
import { useInspectorClient } from './inspectorContext';
import { useKeyedSnapshot } from './useStoreSnapshot';
import { withOlderRows } from './withOlderRows';

/** A connection's log, re-rendering at most once per animation frame while events stream in. */
export function useConnectionLog(connectionId: string): LogSnapshot {
  return useKeyedSnapshot(useInspectorClient().log, connectionId);
}

export interface FilteredLogOptions {
  /** One connection, or `undefined` for every connection merged. */
  connectionId: string | undefined;
  filter: LogFilter;
  /** Rows up to this seq are hidden ("Clear view"). */
  hiddenThroughSeq: number;
  /** The seqs a person pinned, for `is:pinned`. */
  pinned: ReadonlySet<number>;
}

/**
 * The rows of the log that pass a filter. The filtered view lives beside the store: it is built when
 * the filter changes and then tests only new entries as they arrive, never the whole log per render.
 */
export function useFilteredLog({ connectionId, filter, hiddenThroughSeq, pinned }: FilteredLogOptions): { rows: FilteredLogSnapshot; errors: readonly string[] } {
  const { log, olderEvents } = useInspectorClient();
  const { query, errorsOnly, direction, kinds } = filter;
  const kindKey = kinds.join(',');
  // A pin rebuilds the view only when the query asks for pinned rows.
  const pinsOfFilter = mentionsPinned(query) ? pinned : undefined;
  const compiled = useMemo(
    () => compileLogFilter({ query, errorsOnly, direction, kinds: kindKey ? (kindKey.split(',') as LogKind[]) : [] }, pinsOfFilter),
    [query, errorsOnly, direction, kindKey, pinsOfFilter],
  );
  const view = useMemo(() => new FilteredLogView(log, { connectionId, filter: compiled, hiddenThroughSeq }), [log, connectionId, compiled, hiddenThroughSeq]);
  const subscribe = useCallback(
    (listener: () => void) => {
      const fromLog = connectionId === undefined ? log.subscribeAll(listener) : log.subscribe(connectionId, listener);
      const fromOlder = olderEvents.subscribe(listener);
      return () => {
        fromLog();
        fromOlder();
      };
    },
    [log, olderEvents, connectionId],
  );
  const filtering = !compiled.matchesAll || hiddenThroughSeq >= 0;
  // One combined snapshot per change of either store, so React sees a stable value between changes.
  const combined = useRef<{ rows: FilteredLogSnapshot; olderVersion: number; result: FilteredLogSnapshot } | undefined>(undefined);
  const getSnapshot = useCallback(() => {
    const rows = view.refresh();
    const olderVersion = olderEvents.getVersion();
    const cached = combined.current;
    if (cached && cached.rows === rows && cached.olderVersion === olderVersion) return cached.result;
    const result = withOlderRows(rows, olderEvents, connectionId, filtering);
    combined.current = { rows, olderVersion, result };
    return result;
  }, [view, olderEvents, connectionId, filtering]);
  return { rows: useSyncExternalStore(subscribe, getSnapshot), errors: compiled.errors };
}
