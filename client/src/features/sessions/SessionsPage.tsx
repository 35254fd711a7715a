import { useRef, useState, type DragEvent } from 'react';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ImportOutcomesView } from './ImportOutcomesView';
import { SessionsTable } from './SessionsTable';
import { useSessionsModel } from './useSessionsModel';
import { formatCount } from '../../ui/formatCount';

export interface SessionsPageProps {
  /** Back to the connections. */
  onClose: () => void;
}

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

/**
 * The recorded sessions in the sessions folder: open one (read-only, in a new tab), download, delete,
 * and import files by the button or by dropping them anywhere on the page.
 */
export function SessionsPage({ onClose }: SessionsPageProps) {
  const model = useSessionsModel();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { listing } = model;

  let body;
  if (listing.isPending) body = <EmptyState title="Reading the sessions folder…" />;
  else if (listing.isError) body = <EmptyState title="Cannot list the sessions" tone="danger">{listing.error.message}</EmptyState>;
  else if (model.sessions.length === 0)
    body = (
      <EmptyState title="No recorded sessions yet">
        Every run of mcp-inspect records its session here unless started with <code>--no-record</code>. Import a session file with the button
        above, or drop one on this page.
      </EmptyState>
    );
  else body = <SessionsTable sessions={model.sessions} order={model.order} onToggleOrder={model.toggleOrder} onDelete={(id) => void model.remove(id)} />;

  return (
    <section
      aria-label="Sessions"
      className={`relative flex h-full min-h-0 flex-col ${dragging ? 'outline-2 -outline-offset-4 outline-sky-500 outline-dashed' : ''}`}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void model.importFiles([...event.dataTransfer.files]);
      }}
    >
      <div className="flex flex-wrap items-center gap-2 border-b border-zinc-200 px-3 py-2 dark:border-zinc-700">
        <h1 className="text-base font-semibold">Sessions</h1>
        {listing.data && (
          <span className="font-mono text-xs text-zinc-500 dark:text-zinc-400" title="The sessions folder on the proxy's machine">
            {listing.data.folder}
          </span>
        )}
        <span className="ml-auto text-xs text-zinc-500 dark:text-zinc-400">Drop session files here to import them</span>
        <Button variant="primary" disabled={model.importing} onClick={() => input.current?.click()}>
          {model.importing ? 'Importing…' : 'Import…'}
        </Button>
        <input
          ref={input}
          type="file"
          aria-label="Session files to import"
          accept=".jsonl,.ndjson,application/jsonl,application/x-ndjson"
          multiple
          hidden
          onChange={(event) => {
            void model.importFiles([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
        <Button onClick={() => void model.refresh()}>Refresh</Button>
        <Button onClick={onClose}>Back to connections</Button>
      </div>
      <ImportOutcomesView outcomes={model.outcomes} onImportAnyway={(file) => void model.importFiles([file], true)} onDismiss={model.dismissOutcomes} />
      {model.deleteError !== undefined && (
        <p role="alert" className="border-b border-red-300 bg-red-50 px-3 py-1 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {model.deleteError}
        </p>
      )}
      {listing.data?.truncated && (
        <p className="px-3 py-1 text-xs text-amber-700 dark:text-amber-400">Only the newest {formatCount(listing.data.sessions.length)} files are listed.</p>
      )}
      <div className="min-h-0 flex-1 overflow-auto">{body}</div>
    </section>
  );
}
