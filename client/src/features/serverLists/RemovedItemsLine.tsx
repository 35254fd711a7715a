// Under a list whose items changed during the session: the ones first listed that are gone now.
import { Badge } from '../../ui/Badge';

export function RemovedItemsLine({ removed }: { removed: readonly string[] }) {
  if (removed.length === 0) return null;
  const names = removed.join(', ');
  return (
    <p className="flex min-w-0 items-baseline gap-1 border-t border-zinc-200 px-3 py-1 text-xs whitespace-nowrap text-zinc-600 dark:border-zinc-700 dark:text-zinc-400" title={names}>
      <Badge tone="warning">{removed.length} removed</Badge>
      <span className="min-w-0 truncate">since first listed: {names}</span>
    </p>
  );
}
