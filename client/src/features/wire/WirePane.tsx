// The wire, docked under the work: the connection's latest exchanges, each request with its answer in one
// row. Collapsed it is one line that still names the latest exchange; open, it is resizable. Both the
// open state and the height are remembered.
import { useMemo } from 'react';
import { useConnectionLog } from '../../api/useConnectionLog';
import { ResizeHandle } from '../../ui/ResizeHandle';
import { useSetting } from '../../ui/useSetting';
import { usePinnedSeqs, togglePin } from './pinnedExchanges';
import { wireRowsOf, type WireRow } from './wireRows';
import { statusText, WireRowView } from './WireRowView';

export interface WirePaneProps {
  connectionId: string;
  onShowInLog: (seq: number) => void;
}

const MIN_HEIGHT = 64;
const MAX_HEIGHT = 480;

function latestSummary(row: WireRow | undefined): string {
  if (!row) return 'nothing sent or received yet';
  if (row.kind !== 'exchange') return `#${row.seq} ${row.kind === 'notification' ? row.method : row.what}`;
  const answer = row.responseSeq === undefined ? statusText(row) : `#${row.responseSeq}`;
  return `latest: #${row.seq} → ${answer} ${row.method}${row.target ? ` ${row.target}` : ''}`;
}

export function WirePane({ connectionId, onShowInLog }: WirePaneProps) {
  const [open, setOpen] = useSetting<boolean>('wire-open', true);
  const [height, setHeight] = useSetting<number>('wire-height', 112);
  const log = useConnectionLog(connectionId);
  const pins = usePinnedSeqs(connectionId);
  const rows = useMemo(() => wireRowsOf(log, pins), [log, pins]);
  const onTogglePin = (seq: number) => togglePin(connectionId, seq);
  const counts = [rows.pinned.length > 0 && `${rows.pinned.length} pinned`, rows.pendingCount > 0 && `${rows.pendingCount} pending`].filter(Boolean).join(' · ');
  return (
    <section aria-label="Wire" className="flex min-h-0 flex-col overflow-clip border-t border-zinc-200 bg-white dark:border-zinc-700 dark:bg-zinc-950">
      {open && <ResizeHandle label="Resize the wire pane" size={height} min={MIN_HEIGHT} max={MAX_HEIGHT} onResize={setHeight} grows="up" />}
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title={open ? 'Hide the wire pane' : 'Show the latest exchanges under the work'}
        className="flex h-6 shrink-0 items-center gap-2 bg-zinc-50 px-2 text-left text-xs dark:bg-zinc-900"
      >
        <span aria-hidden className="w-3 text-zinc-400">
          {open ? '▾' : '▸'}
        </span>
        <span className="font-semibold">Wire</span>
        {counts && <span className="text-zinc-500 dark:text-zinc-400">{counts}</span>}
        {!open && <span className="min-w-0 truncate font-mono text-[11px] text-zinc-500 dark:text-zinc-400">{latestSummary(rows.latest[0])}</span>}
      </button>
      {open && (
        // Shrinks below its height when the server-request dock needs the room.
        <div className="min-h-0 shrink overflow-auto" style={{ height }}>
          {rows.pinned.length === 0 && rows.latest.length === 0 ? (
            <p className="px-3 py-2 text-xs text-zinc-500 dark:text-zinc-400">Requests, answers and notifications appear here as they cross the wire.</p>
          ) : (
            <ol aria-label="Wire exchanges" className="flex flex-col">
              {rows.pinned.map((row) => (
                <WireRowView key={`pin-${row.seq}`} row={row} onShow={onShowInLog} onTogglePin={onTogglePin} />
              ))}
              {rows.pinned.length > 0 && <li aria-hidden className="border-b border-sky-200 dark:border-sky-900" />}
              {rows.latest.map((row) => (
                <WireRowView key={row.seq} row={row} onShow={onShowInLog} onTogglePin={onTogglePin} />
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
