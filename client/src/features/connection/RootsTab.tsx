// The roots this connection offers the server (`roots/list`). Applying a change sends
// `notifications/roots/list_changed` when connected, so the server can ask again.
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { Button } from '../../ui/Button';
import { newRootRow } from './rootsDraft';
import { useRootsModel } from './useRootsModel';

const inputClass = 'h-7 min-w-0 rounded border border-zinc-300 bg-white px-2 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-800';

export function RootsTab({ connection }: { connection: ConnectionSummary }) {
  const { settings, rows, setRows, update, submit, apply, error } = useRootsModel(connection);

  return (
    <div className="flex h-full flex-col gap-2 overflow-auto p-3">
      {!settings.capabilities.roots && (
        <p role="note" className="text-xs text-amber-700 dark:text-amber-400">
          The roots capability is not declared on this connection: the server cannot ask for them.
        </p>
      )}
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">Roots</legend>
        {rows.map((row, index) => (
          <div key={row.id} role="group" aria-label={`Root ${index + 1}`} className="flex items-center gap-1">
            <input aria-label="URI" placeholder="file:///path/to/project" value={row.uri} onChange={(e) => update(row.id, { uri: e.target.value })} className={`${inputClass} flex-2`} />
            <input aria-label="Name" placeholder="name (optional)" value={row.name} onChange={(e) => update(row.id, { name: e.target.value })} className={`${inputClass} flex-1`} />
            <Button variant="ghost" className="h-7 px-1.5 text-xs" aria-label="Remove" onClick={() => setRows(rows.filter((r) => r.id !== row.id))}>
              ✕
            </Button>
          </div>
        ))}
        {rows.length === 0 && <p className="text-xs text-zinc-500">No roots: the server gets an empty list.</p>}
      </fieldset>
      <div className="flex gap-2">
        <Button onClick={() => setRows([...rows, newRootRow()])}>Add root</Button>
        <Button variant="primary" onClick={submit} disabled={apply.isPending}>
          Apply roots
        </Button>
        {apply.isSuccess && !apply.isPending && <span className="self-center text-xs text-emerald-700 dark:text-emerald-400">Applied</span>}
      </div>
      {(error ?? apply.error?.message) && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error ?? apply.error?.message}
        </p>
      )}
    </div>
  );
}
