import { useSyncExternalStore } from 'react';
import { useInspectorClient } from '../../api/inspectorContext';
import type { FilteredLogSnapshot } from '../../api/logStoreView';
import { formatCount } from '../../ui/formatCount';

/**
 * Says what the log holds when the proxy keeps older events on disk: a filter searches only the
 * loaded events (the older ones are rows again once it is cleared), and a failed read says why.
 */
export function OlderEventsNotice({ rows }: { rows: FilteredLogSnapshot }) {
  const { olderEvents } = useInspectorClient();
  const error = useSyncExternalStore(olderEvents.subscribe, () => olderEvents.error());
  if (error) {
    return (
      <p role="alert" className="px-2 py-1 text-xs text-red-700 dark:text-red-300">
        {error}
      </p>
    );
  }
  if (rows.olderNotSearched === 0) return null;
  return (
    <p role="status" aria-label="Filter scope" className="px-2 py-1 text-xs text-zinc-600 tabular-nums dark:text-zinc-300">
      Filtering the {formatCount(rows.scopeCount)} most recent events: {formatCount(rows.olderNotSearched)} older events are
      kept on disk by the proxy and not searched. Clear the filter to scroll through them.
    </p>
  );
}
