import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConnectionStateBadge } from './ConnectionStateBadge';
import { transportLabel } from './connectionStatus';

export interface ConnectionListViewProps {
  connections: readonly ConnectionSummary[];
  /** The selected connection's id; undefined while the new-connection form is shown. */
  selectedId: string | undefined;
  onSelect: (connectionId: string) => void;
  onNew: () => void;
  /** Folds the sidebar to a rail of initials. */
  onFold: () => void;
}

/** The sidebar: every connection with its transport and state, and "New connection". */
export function ConnectionListView({ connections, selectedId, onSelect, onNew, onFold }: ConnectionListViewProps) {
  return (
    <nav aria-label="Connections" className="flex h-full flex-col bg-zinc-50 dark:bg-zinc-900">
      <div className="flex items-center justify-between px-3 pt-2 pb-1 text-[11px] font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        Connections
        <button
          type="button"
          aria-label="Fold the connections sidebar"
          title="Fold the connections sidebar"
          onClick={onFold}
          className="rounded px-1.5 text-sm font-normal normal-case hover:bg-zinc-200/70 dark:hover:bg-zinc-800"
        >
          <span aria-hidden>«</span>
        </button>
      </div>
      <ul className="min-h-0 flex-1 overflow-auto px-1.5">
        {connections.map((connection) => {
          const selected = connection.id === selectedId;
          return (
            <li key={connection.id}>
              <button
                type="button"
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(connection.id)}
                className={`mb-0.5 flex w-full flex-col items-start gap-0.5 rounded px-2 py-1.5 text-left ${
                  selected
                    ? 'bg-sky-100 ring-1 ring-sky-300 dark:bg-sky-950 dark:ring-sky-800'
                    : 'hover:bg-zinc-200/70 dark:hover:bg-zinc-800'
                }`}
              >
                <span className="w-full truncate font-medium" title={connection.label}>
                  {connection.label}
                </span>
                <span className="flex w-full items-center gap-1.5">
                  <span className="truncate text-xs text-zinc-500 dark:text-zinc-400">
                    {transportLabel(connection.transport ?? connection.target.transport)}
                  </span>
                  <span className="ml-auto flex items-center gap-1">
                    {connection.tap && (
                      <Badge tone="info" title="Tapped: a host is the client (mcp-inspect tap); read-only here">
                        tap
                      </Badge>
                    )}
                    <ConnectionStateBadge state={connection.state} />
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="border-t border-zinc-200 p-2 dark:border-zinc-700">
        <Button className="w-full justify-center" variant={selectedId === undefined ? 'primary' : 'secondary'} onClick={onNew}>
          New connection
        </Button>
      </div>
    </nav>
  );
}
