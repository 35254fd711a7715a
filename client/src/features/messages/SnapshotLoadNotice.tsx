import { useSnapshotLoad } from '../../api/useSnapshotLoad';
import { formatCount } from '../../ui/formatCount';

/** "Loading the log: N of M events" while the attach snapshot streams in; nothing once it is complete. */
export function SnapshotLoadNotice() {
  const load = useSnapshotLoad();
  if (!load) return null;
  return (
    <p role="status" aria-label="Loading the log" className="px-2 py-1 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
      Loading the log: {formatCount(load.received)} of {formatCount(load.total)} events…
    </p>
  );
}
