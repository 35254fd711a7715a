import { memo } from 'react';
import type { Finding } from '../../../../shared/diagnosis';
import type { LogEntry } from '../../api/logEntry';
import { LogKindLabel } from './LogKindLabel';
import { columnClass } from './logColumns';
import { directionOf, formatLatency, formatRelativeTime, formatSize, summarize } from './logRowText';
import { formatAbsoluteTime, formatClockTime } from '../../ui/formatTime';

export interface LogRowProps {
  entry: LogEntry;
  /** 1-based row index in the grid (the header is row 1). */
  rowIndex: number;
  top: number;
  height: number;
  firstTime: number;
  selected: boolean;
  /** True for the request or response paired with the selected row. */
  paired: boolean;
  /** The first diagnosis finding that points at this event, marked on the row. */
  finding: Finding | undefined;
  /** Pinned (by itself or, for an answer, by its request): starred. */
  pinned: boolean;
  /** The row's connection, shown when the log merges several. */
  connectionLabel?: string;
  /** The row's 0-based index in the view, passed to `onSelect`. */
  row: number;
  onSelect: (row: number) => void;
}

function safeSummary(entry: LogEntry): string {
  try {
    return summarize(entry);
  } catch (error) {
    return `(cannot summarise: ${String(error)})`;
  }
}

/** One event of the log; its accessible text contains the seq, kind, method and summary. */
export const LogRow = memo(function LogRow({ entry, rowIndex, top, height, firstTime, selected, paired, finding, pinned, connectionLabel, row, onSelect }: LogRowProps) {
  const direction = directionOf(entry);
  const stream = entry.kind === 'stderr' || entry.kind === 'stdout';
  return (
    <div
      role="row"
      id={`log-row-${entry.seq}`}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      onClick={() => onSelect(row)}
      // Each row lays out and paints on its own: a changed row never re-lays out its neighbours.
      style={{ height, transform: `translateY(${top}px)`, contain: 'strict' }}
      className={`absolute top-0 left-0 flex w-full cursor-default items-center border-b border-zinc-100 font-mono text-xs whitespace-nowrap dark:border-zinc-800 ${
        selected
          ? 'bg-sky-100 dark:bg-sky-900/60'
          : paired
            ? 'bg-sky-50 dark:bg-sky-950/60'
            : entry.kind === 'error' || entry.kind === 'invalid'
              ? 'bg-red-50/60 hover:bg-zinc-100 dark:bg-red-950/30 dark:hover:bg-zinc-800'
              : 'hover:bg-zinc-100 dark:hover:bg-zinc-800'
      }`}
    >
      <div role="gridcell" className={`${columnClass.seq} text-zinc-400`}>
        {pinned && (
          <span role="img" aria-label="Pinned" title="Pinned" className="mr-0.5 text-sky-700 dark:text-sky-300">
            ★
          </span>
        )}
        {finding && <FindingMarker finding={finding} />}
        {entry.seq}
      </div>
      <div role="gridcell" className={`${columnClass.time} text-zinc-500 dark:text-zinc-400`} title={formatAbsoluteTime(entry.time)}>
        {formatRelativeTime(entry.time, firstTime)}
      </div>
      <div role="gridcell" className={`${columnClass.clock} text-zinc-400`}>
        {formatClockTime(entry.time)}
      </div>
      <div role="gridcell" aria-label={direction?.label} className={`${columnClass.direction} text-zinc-500`} title={direction?.label}>
        {direction?.arrow}
      </div>
      <div role="gridcell" className={columnClass.kind}>
        <LogKindLabel kind={entry.kind} />
      </div>
      <div role="gridcell" className={`${columnClass.method} truncate`} title={entry.method}>
        {/* Capped, so that a long server name leaves room for the method (the whole name in its tooltip). */}
        {connectionLabel && (
          <span className="mr-1 inline-block max-w-[5rem] truncate rounded bg-zinc-200 px-1 align-bottom text-[10px] dark:bg-zinc-700" title={connectionLabel}>
            {connectionLabel}
          </span>
        )}
        {entry.method}
      </div>
      <div role="gridcell" className={`${columnClass.id} truncate text-zinc-500 dark:text-zinc-400`}>
        {entry.id === undefined ? '' : String(entry.id)}
      </div>
      <div role="gridcell" className={`${columnClass.summary} truncate ${stream ? 'text-amber-800 dark:text-amber-300' : 'text-zinc-600 dark:text-zinc-300'}`}>
        {entry.lateAfterCancel && (
          <span
            className="mr-1 rounded bg-amber-100 px-1 text-[10px] text-amber-800 dark:bg-amber-900/60 dark:text-amber-200"
            title={`Arrived ${entry.lateAfterCancel.afterMs} ms after the request was cancelled (#${entry.lateAfterCancel.cancelSeq})`}
          >
            late response (after cancel)
          </span>
        )}
        {entry.endedSeq !== undefined && (
          <span className="mr-1 rounded bg-red-100 px-1 text-[10px] text-red-800 dark:bg-red-900/60 dark:text-red-200" title={`The connection ended (#${entry.endedSeq}) before this request was answered`}>
            no answer (connection ended)
          </span>
        )}
        {safeSummary(entry)}
      </div>
      <div role="gridcell" className={`${columnClass.size} text-zinc-500 dark:text-zinc-400`}>
        {formatSize(entry.size)}
      </div>
      <div role="gridcell" className={`${columnClass.latency} text-zinc-500 dark:text-zinc-400`}>
        {formatLatency(entry.latencyMs)}
      </div>
    </div>
  );
});

/** The "!" on a row a diagnosis finding points at; its title is the finding's message. */
function FindingMarker({ finding }: { finding: Finding }) {
  const tone = finding.severity === 'error' ? 'bg-red-600' : finding.severity === 'warning' ? 'bg-amber-500' : 'bg-sky-600';
  return (
    <span
      role="img"
      aria-label={`Finding ${finding.ruleId}: ${finding.message}`}
      title={finding.message}
      className={`mr-1 inline-flex h-3.5 w-3.5 items-center justify-center rounded-full text-[10px] leading-none font-bold text-white ${tone}`}
    >
      !
    </span>
  );
}
