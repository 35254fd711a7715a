import { useState, type MouseEvent } from 'react';
import type { SessionListItem } from '../../../../shared/session/sessionLibrary';
import { EXPORT_FILES, EXPORT_FORMATS } from '../../../../shared/artifacts/exportFormats';
import { downloadSession, downloadSessionExport, sessionDownloadUrl, sessionPageUrl } from '../../api/sessionLibrary';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DataTable, type DataColumn } from '../../ui/DataTable';
import { MenuButton, type MenuItem } from '../../ui/MenuButton';
import { formatDate, formatDuration } from './formatSession';
import { formatBytes } from '../../ui/formatBytes';
import type { SortOrder } from './useSessionsModel';
import { formatCount } from '../../ui/formatCount';

export interface SessionsTableProps {
  sessions: readonly SessionListItem[];
  order: SortOrder;
  onToggleOrder: () => void;
  onDelete: (id: string) => void;
}

/** Thousands of files stay quick: rows are added a page at a time. */
const PAGE_SIZE = 200;

const linkClass =
  'inline-flex h-6 items-center rounded border border-zinc-300 bg-white px-2 text-xs font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-800 dark:hover:bg-zinc-700';

/** OTLP, HAR (only for a session that spoke HTTP) and JSONL, each saved as the proxy makes it. */
function exportItems(session: SessionListItem, onError: (message: string) => void): MenuItem[] {
  return EXPORT_FORMATS.filter((format) => format !== 'har' || session.http).map((format) => ({
    id: format,
    label: EXPORT_FILES[format].label,
    onSelect: () => {
      downloadSessionExport(session.id, format).catch((error: unknown) => onError(error instanceof Error ? error.message : String(error)));
    },
  }));
}

function RowActions({ session, onDelete }: { session: SessionListItem; onDelete: (id: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [downloadError, setDownloadError] = useState<string>();
  // A plain link would reach the proxy without the token (there is no cookie): fetch it, save the blob.
  const download = (event: MouseEvent) => {
    event.preventDefault();
    setDownloadError(undefined);
    downloadSession(session.id).catch((error: unknown) => setDownloadError(error instanceof Error ? error.message : String(error)));
  };
  if (confirming) {
    return (
      <span className="flex items-center gap-1">
        <span className="text-xs">Delete this file?</span>
        <Button variant="danger" className="h-6 text-xs" onClick={() => onDelete(session.id)}>
          Delete file
        </Button>
        <Button className="h-6 text-xs" onClick={() => setConfirming(false)}>
          Keep
        </Button>
      </span>
    );
  }
  return (
    <span className="flex items-center gap-1">
      {session.error === undefined ? (
        <a className={linkClass} href={sessionPageUrl(session.id)} target="_blank" rel="noopener" aria-label={`Open ${session.id}`}>
          Open
        </a>
      ) : (
        <span className="px-2 text-xs text-zinc-400" title={session.error}>
          cannot open
        </span>
      )}
      <a className={linkClass} href={sessionDownloadUrl(session.id)} download={session.id} aria-label={`Download ${session.id}`} onClick={download}>
        Download
      </a>
      {session.error === undefined && (
        <MenuButton className={linkClass} label={`Export ${session.id}`} items={exportItems(session, setDownloadError)}>
          Export
        </MenuButton>
      )}
      {downloadError !== undefined && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {downloadError}
        </span>
      )}
      <Button
        variant="danger"
        className="h-6 text-xs"
        aria-label={`Delete ${session.id}`}
        disabled={session.recording}
        title={session.recording ? 'Being recorded by this mcp-inspect now' : undefined}
        onClick={() => setConfirming(true)}
      >
        Delete
      </Button>
    </span>
  );
}

function sessionColumns(order: SortOrder, onToggleOrder: () => void, onDelete: (id: string) => void): DataColumn<SessionListItem>[] {
  return [
    {
      header: (
        <button type="button" className="font-semibold hover:underline" onClick={onToggleOrder}>
          Date {order === 'newest' ? '↓' : '↑'}
        </button>
      ),
      headerProps: { 'aria-sort': order === 'newest' ? 'descending' : 'ascending' },
      className: 'whitespace-nowrap',
      cell: (session) => formatDate(session.createdAt ?? session.modifiedAt),
    },
    {
      header: 'Server',
      cell: (session) => (
        <>
          <div className="flex items-center gap-1.5">
            <span className="font-medium">{session.server ?? '—'}</span>
            {session.recording && <Badge tone="accent">recording</Badge>}
          </div>
          <div className="font-mono text-[11px] text-zinc-500 dark:text-zinc-400">{session.id}</div>
          {session.error !== undefined && (
            <div role="alert" className="text-xs text-red-700 dark:text-red-400">
              {session.error}
            </div>
          )}
        </>
      ),
    },
    { header: 'Duration', numeric: true, cell: (session) => (session.durationMs === undefined ? '—' : formatDuration(session.durationMs)) },
    { header: 'Messages', numeric: true, cell: (session) => formatCount(session.messageCount) },
    {
      header: 'Findings',
      numeric: true,
      cell: (session) => (
        <>
          {formatCount(session.findingCount)}
          {session.damagedLines > 0 && (
            <div className="text-[11px] text-amber-700 dark:text-amber-400">
              {session.damagedLines} damaged line{session.damagedLines === 1 ? '' : 's'}
            </div>
          )}
        </>
      ),
    },
    { header: 'Size', numeric: true, cell: (session) => formatBytes(session.size) },
    { header: <span className="sr-only">Actions</span>, cell: (session) => <RowActions session={session} onDelete={onDelete} /> },
  ];
}

/** The recorded sessions: date (sortable), server, duration, counts, size, and what can be done with each. */
export function SessionsTable({ sessions, order, onToggleOrder, onDelete }: SessionsTableProps) {
  const [shown, setShown] = useState(PAGE_SIZE);
  return (
    <>
      <DataTable
        label="Sessions"
        density="comfortable"
        columns={sessionColumns(order, onToggleOrder, onDelete)}
        rows={sessions.slice(0, shown)}
        rowKey={(session) => session.id}
        rowLabel={(session) => session.id}
      />
      {sessions.length > shown && (
        <div className="p-2 text-center">
          <Button onClick={() => setShown(shown + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, sessions.length - shown)} more of {formatCount(sessions.length - shown)}
          </Button>
        </div>
      )}
    </>
  );
}
