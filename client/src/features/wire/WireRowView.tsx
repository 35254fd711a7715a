import { memo } from 'react';
import { formatLatency } from '../messages/logRowText';
import type { ExchangeRow, ExchangeStatus, WireRow } from './wireRows';

export interface WireRowViewProps {
  row: WireRow;
  onShow: (seq: number) => void;
  onTogglePin: (seq: number) => void;
}

const STATUS_TEXT: Record<ExchangeStatus, string> = { pending: 'pending…', ok: 'ok', error: 'error', 'tool-error': 'isError', cancelled: 'cancelled', unanswered: 'no answer' };
const STATUS_TONE: Record<ExchangeStatus, string> = {
  pending: 'text-amber-700 dark:text-amber-300',
  ok: 'text-emerald-700 dark:text-emerald-400',
  error: 'text-red-700 dark:text-red-400',
  'tool-error': 'text-amber-700 dark:text-amber-300',
  cancelled: 'text-zinc-500 dark:text-zinc-400',
  unanswered: 'text-red-700 dark:text-red-400',
};
const ARROW = { outgoing: '→', incoming: '←' } as const;
const DIRECTION = { outgoing: 'client → server', incoming: 'server → client' } as const;

/** "#37 → #38", or "#37 → …" while the answer is awaited. */
export function exchangeSeqs(requestSeq: number, responseSeq: number | undefined): string {
  return `#${requestSeq} → ${responseSeq === undefined ? '…' : `#${responseSeq}`}`;
}

/** How the exchange stands, in a word or two: "ok", "error -32603", "pending…", "no answer". */
export function statusText(row: ExchangeRow): string {
  return row.status === 'error' && row.errorCode !== undefined ? `error ${row.errorCode}` : STATUS_TEXT[row.status];
}

/** The row's words, for its button's accessible name and tooltip. */
function describe(row: WireRow): string {
  switch (row.kind) {
    case 'exchange':
      return [exchangeSeqs(row.seq, row.responseSeq), row.method, row.target, `id ${row.id}`, formatLatency(row.latencyMs), statusText(row), DIRECTION[row.direction]]
        .filter(Boolean)
        .join(', ');
    case 'notification':
      return `#${row.seq} ${row.method}${row.count > 1 ? ` ×${row.count} (from #${row.firstSeq})` : ''}, ${DIRECTION[row.direction]}`;
    case 'stray':
      return `#${row.seq} ${row.what === 'invalid' ? 'invalid message' : `${row.what} to no request`}${row.id === undefined ? '' : `, id ${row.id}`}, ${DIRECTION[row.direction]}`;
  }
}

function RowCells({ row }: { row: WireRow }) {
  if (row.kind === 'exchange') {
    return (
      <>
        <span className="w-24 shrink-0 text-zinc-500 tabular-nums dark:text-zinc-400">{exchangeSeqs(row.seq, row.responseSeq)}</span>
        <span className="w-40 shrink-0 truncate font-semibold">{row.method}</span>
        <span className="min-w-0 flex-1 truncate text-zinc-600 dark:text-zinc-300">{row.target}</span>
        <span className="w-16 shrink-0 truncate text-zinc-500 dark:text-zinc-400">id {row.id}</span>
        <span className="w-16 shrink-0 text-right text-zinc-600 tabular-nums dark:text-zinc-300">{formatLatency(row.latencyMs)}</span>
        <span className={`w-20 shrink-0 pl-2 ${STATUS_TONE[row.status]}`}>{statusText(row)}</span>
      </>
    );
  }
  const quiet = row.kind === 'notification';
  return (
    <>
      <span className="w-24 shrink-0 text-zinc-500 tabular-nums dark:text-zinc-400">#{row.seq}</span>
      <span className={`min-w-0 flex-1 truncate ${quiet ? 'text-zinc-500 dark:text-zinc-400' : 'text-amber-700 dark:text-amber-300'}`}>
        {row.kind === 'notification'
          ? `${row.method}${row.count > 1 ? ` ×${row.count}` : ''}`
          : `${row.what === 'invalid' ? 'invalid message' : `${row.what} to no request`}${row.id === undefined ? '' : ` (id ${row.id})`}`}
      </span>
    </>
  );
}

/** One row of the wire pane: a click shows it in the Log; the pin keeps it on top. */
export const WireRowView = memo(function WireRowView({ row, onShow, onTogglePin }: WireRowViewProps) {
  const description = describe(row);
  return (
    <li className={`group flex items-center font-mono text-[11px] ${row.kind === 'exchange' ? 'h-5' : 'h-4'} hover:bg-zinc-100 dark:hover:bg-zinc-800`}>
      <button
        type="button"
        title={`${description}: show in the Log`}
        aria-label={description}
        onClick={() => onShow(row.seq)}
        className="flex h-full min-w-0 flex-1 items-center gap-1 px-2 text-left whitespace-nowrap outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-inset"
      >
        <span aria-hidden className="w-3 shrink-0 text-zinc-400">
          {ARROW[row.direction]}
        </span>
        <RowCells row={row} />
      </button>
      <button
        type="button"
        aria-pressed={row.pinned}
        aria-label={`Pin #${row.seq}`}
        title={row.pinned ? 'Unpin' : 'Pin: keep this row at the top'}
        onClick={() => onTogglePin(row.seq)}
        className={`h-full w-6 shrink-0 text-xs outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-inset ${
          row.pinned ? 'text-sky-700 dark:text-sky-300' : 'text-zinc-400 opacity-0 group-hover:opacity-100 focus-visible:opacity-100'
        }`}
      >
        {row.pinned ? '★' : '☆'}
      </button>
    </li>
  );
});
