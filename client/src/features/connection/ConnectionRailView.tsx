import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { connectionInitials, stateTone, TONE_DOT, transportLabel } from './connectionStatus';

export interface ConnectionRailViewProps {
  connections: readonly ConnectionSummary[];
  selectedId: string | undefined;
  onSelect: (connectionId: string) => void;
  onNew: () => void;
  onExpand: () => void;
}

const railButton = 'flex size-9 items-center justify-center rounded text-zinc-600 hover:bg-zinc-200/70 dark:text-zinc-300 dark:hover:bg-zinc-800';

/**
 * The connections sidebar folded to a 48 px rail: each connection as two letters and a state dot (its
 * full name and state in the accessible name and tooltip), "New connection" and a way to unfold.
 */
export function ConnectionRailView({ connections, selectedId, onSelect, onNew, onExpand }: ConnectionRailViewProps) {
  return (
    <nav aria-label="Connections" className="flex h-full w-12 flex-col items-center gap-1 bg-zinc-50 py-1.5 dark:bg-zinc-900">
      <button type="button" aria-label="Expand the connections sidebar" title="Expand the connections sidebar" onClick={onExpand} className={railButton}>
        <span aria-hidden>»</span>
      </button>
      <ul className="flex min-h-0 flex-1 flex-col items-center gap-1 overflow-auto">
        {connections.map((connection) => {
          const selected = connection.id === selectedId;
          const name = `${connection.label} · ${transportLabel(connection.transport ?? connection.target.transport)} · ${connection.state}`;
          return (
            <li key={connection.id}>
              <button
                type="button"
                aria-label={name}
                title={name}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(connection.id)}
                className={`relative flex size-9 items-center justify-center rounded font-semibold ${
                  selected ? 'bg-sky-100 text-sky-900 ring-1 ring-sky-300 dark:bg-sky-950 dark:text-sky-100 dark:ring-sky-800' : 'hover:bg-zinc-200/70 dark:hover:bg-zinc-800'
                }`}
              >
                {connectionInitials(connection.label)}
                <span aria-hidden className={`absolute right-1 bottom-1 size-2 rounded-full ring-2 ring-zinc-50 dark:ring-zinc-900 ${TONE_DOT[stateTone(connection.state)]}`} />
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        aria-label="New connection"
        title="New connection"
        onClick={onNew}
        className={`${railButton} text-lg ${selectedId === undefined ? 'bg-sky-600 text-white hover:bg-sky-700 dark:text-white dark:hover:bg-sky-500' : ''}`}
      >
        <span aria-hidden>+</span>
      </button>
    </nav>
  );
}
