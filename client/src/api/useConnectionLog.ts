import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { LogKind } from './logEntry';
import type { LogSnapshot } from './logStore';
import { compileLogFilter, type LogFilter } from './logStoreQuery';
import { FilteredLogView, type FilteredLogSnapshot } from './logStoreView';
import { useInspectorClient } from './inspectorContext';

/** A connection's log, re-rendering at most once per animation frame while events stream in. */
export function useConnectionLog(connectionId: string): LogSnapshot {
  const { log } = useInspectorClient();
  const subscribe = useCallback((listener: () => void) => log.subscribe(connectionId, listener), [log, connectionId]);
  const getSnapshot = useCallback(() => log.getSnapshot(connectionId), [log, connectionId]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

export interface FilteredLogOptions {
  /** One connection, or `undefined` for every connection merged. */
  connectionId: string | undefined;
  filter: LogFilter;
  /** Rows up to this seq are hidden ("Clear view"). */
  hiddenThroughSeq: number;
}

/**
 * The rows of the log that pass a filter. The filtered view lives beside the store: it is built when
 * the filter changes and then tests only new entries as they arrive, never the whole log per render.
 */
export function useFilteredLog({ connectionId, filter, hiddenThroughSeq }: FilteredLogOptions): { rows: FilteredLogSnapshot; errors: readonly string[] } {
  const { log } = useInspectorClient();
  const { query, errorsOnly, direction, kinds } = filter;
  const kindKey = kinds.join(',');
  const compiled = useMemo(
    () => compileLogFilter({ query, errorsOnly, direction, kinds: kindKey ? (kindKey.split(',') as LogKind[]) : [] }),
    [query, errorsOnly, direction, kindKey],
  );
  const view = useMemo(() => new FilteredLogView(log, { connectionId, filter: compiled, hiddenThroughSeq }), [log, connectionId, compiled, hiddenThroughSeq]);
  const subscribe = useCallback(
    (listener: () => void) => (connectionId === undefined ? log.subscribeAll(listener) : log.subscribe(connectionId, listener)),
    [log, connectionId],
  );
  const getSnapshot = useCallback(() => view.refresh(), [view]);
  return { rows: useSyncExternalStore(subscribe, getSnapshot), errors: compiled.errors };
}
