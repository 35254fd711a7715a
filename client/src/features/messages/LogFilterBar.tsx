import type { LogKind } from '../../api/logEntry';
import { LOG_KINDS, type LogFilter } from '../../api/logStoreQuery';
import { MenuButton } from '../../ui/MenuButton';
import { formatCount } from '../../ui/formatCount';

export interface LogFilterBarProps {
  filter: LogFilter;
  onFilterChange: (patch: Partial<LogFilter>) => void;
  errors: readonly string[];
  allConnections: boolean;
  onAllConnectionsChange: (all: boolean) => void;
  shownCount: number;
  scopeCount: number;
  buildMs: number;
  /** Rows hidden by "Clear view" (0 when none). */
  hidden: boolean;
  onClearView: () => void;
  onShowCleared: () => void;
  /** Downloads the rows shown as a session file. */
  onExport: () => void;
}

const selectClass = 'h-7 rounded border border-zinc-300 bg-white px-1 text-xs dark:border-zinc-600 dark:bg-zinc-900';
const QUERY_HELP = 'Words search the message JSON. Keys: method:tools/call (or tools/*), id:7, kind:error, dir:in|out, is:error, is:pending, is:pinned; -term negates; repeat a key for either.';

/** Export and Clear view (or Show cleared rows), in a menu so the bar keeps to one line. */
function LogActionsMenu(props: LogFilterBarProps) {
  return (
    <MenuButton
      label="Log actions"
      title="Export, clear the view"
      items={[
        {
          id: 'export',
          label: 'Export',
          onSelect: props.onExport,
          disabled: props.shownCount === 0,
          title: 'Download the rows shown as a session file (JSON Lines), which can be imported and reopened',
        },
        props.hidden
          ? { id: 'show-cleared', label: 'Show cleared rows', onSelect: props.onShowCleared }
          : { id: 'clear', label: 'Clear view', onSelect: props.onClearView, title: 'Hide the rows so far; the recording keeps them' },
      ]}
      className="flex h-6 items-center gap-1 rounded border border-zinc-300 bg-white px-2 text-xs hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-800 dark:hover:bg-zinc-700"
    >
      Actions <span aria-hidden>▾</span>
    </MenuButton>
  );
}

/** The log's filter controls; everything here feeds one filter the store-side view applies. */
export function LogFilterBar(props: LogFilterBarProps) {
  const { filter, onFilterChange, errors } = props;
  return (
    <div role="search" aria-label="Log filters" className="flex flex-col gap-1 border-b border-zinc-200 bg-zinc-50 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900">
      <div className="flex items-center gap-2 whitespace-nowrap">
        <input
          type="search"
          aria-label="Filter log"
          title={QUERY_HELP}
          placeholder="Filter: text, method:tools/call, id:7, kind:error, dir:in …"
          value={filter.query}
          onChange={(event) => onFilterChange({ query: event.target.value })}
          aria-invalid={errors.length > 0}
          className="h-7 w-32 min-w-32 flex-1 rounded border border-zinc-300 bg-white px-2 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-900"
        />
        <select
          aria-label="Kind"
          className={selectClass}
          value={filter.kinds.length === 1 ? filter.kinds[0] : ''}
          onChange={(event) => onFilterChange({ kinds: event.target.value ? [event.target.value as LogKind] : [] })}
        >
          <option value="">All kinds</option>
          {LOG_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
        <select
          aria-label="Direction"
          className={selectClass}
          value={filter.direction}
          onChange={(event) => onFilterChange({ direction: event.target.value as LogFilter['direction'] })}
        >
          <option value="all">Both directions</option>
          <option value="outgoing">client → server</option>
          <option value="incoming">server → client</option>
        </select>
        <label className="flex items-center gap-1 text-xs">
          <input type="checkbox" checked={filter.errorsOnly} onChange={(event) => onFilterChange({ errorsOnly: event.target.checked })} />
          Errors only
        </label>
        <select
          aria-label="Connections"
          className={selectClass}
          value={props.allConnections ? 'all' : 'this'}
          onChange={(event) => props.onAllConnectionsChange(event.target.value === 'all')}
        >
          <option value="this">This connection</option>
          <option value="all">All connections</option>
        </select>
        <span role="status" aria-label="Log row count" className="ml-auto shrink-0 text-xs text-zinc-500 tabular-nums dark:text-zinc-400" title={`Filter built in ${props.buildMs.toFixed(1)} ms`}>
          {props.shownCount === props.scopeCount
            ? `${formatCount(props.scopeCount)} rows`
            : `${formatCount(props.shownCount)} of ${formatCount(props.scopeCount)} rows`}
        </span>
        <LogActionsMenu {...props} />
      </div>
      {errors.length > 0 && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {errors.join(' · ')}
        </p>
      )}
    </div>
  );
}
