import { useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { FindingsSnapshot } from '../../api/findingsStore';
import { pinSeqOf, type LogEntry } from '../../api/logEntry';
import type { FilteredLogSnapshot } from '../../api/logStoreView';
import { Button } from '../../ui/Button';
import { LogRow } from './LogRow';
import { LOG_COLUMNS, LOG_ROW_HEIGHT } from './logColumns';
import { useLogViewport } from './useLogViewport';

export interface LogGridViewProps {
  rows: FilteredLogSnapshot;
  firstTime: number;
  selectedRow: number | undefined;
  /** The seq paired with the selected row, highlighted too. */
  pairSeq: number | undefined;
  /** The connection's findings, to mark the rows they point at. */
  findings: FindingsSnapshot;
  /** The pinned seqs (see wire/pinnedExchanges), starred on their rows. */
  pinned: ReadonlySet<number>;
  /** Names each row's connection when the view merges several; undefined for one connection. */
  labelOf: ((entry: LogEntry) => string) | undefined;
  onSelectRow: (row: number) => void;
}

const KEY_STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  PageDown: (i) => i + 20,
  PageUp: (i) => i - 20,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/** Every event of a connection in a virtualised grid that follows new rows until scrolled away from. */
export function LogGridView({ rows, firstTime, selectedRow, pairSeq, findings, pinned, labelOf, onSelectRow }: LogGridViewProps) {
  const { scrollRef, from, to, totalHeight, following, onScroll, resumeFollowing, reveal } = useLogViewport(rows.count, LOG_ROW_HEIGHT, selectedRow === undefined);
  // One stable handler for every row, so rows whose props did not change skip rendering.
  const selectRef = useRef(onSelectRow);
  useLayoutEffect(() => {
    selectRef.current = onSelectRow;
  });
  const selectRow = useCallback((row: number) => selectRef.current(row), []);

  useEffect(() => {
    if (selectedRow !== undefined) reveal(selectedRow);
  }, [selectedRow, reveal]);

  function onKeyDown(event: KeyboardEvent) {
    const step = KEY_STEPS[event.key];
    if (!step || rows.count === 0) return;
    event.preventDefault();
    onSelectRow(step(selectedRow ?? -1, rows.count));
  }

  const selectedSeq = selectedRow === undefined ? undefined : rows.entryAt(selectedRow)?.seq;
  return (
    <div
      role="grid"
      aria-label="Message log"
      aria-rowcount={rows.count + 1}
      aria-activedescendant={selectedSeq === undefined ? undefined : `log-row-${selectedSeq}`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="@container relative flex h-full min-h-0 flex-col outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-inset"
    >
      <div role="rowgroup" className="border-b border-zinc-200 bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900">
        <div role="row" aria-rowindex={1} className="flex h-6 items-center text-[11px] font-semibold text-zinc-500 dark:text-zinc-400">
          {LOG_COLUMNS.map((column) => (
            <div key={column.key} role="columnheader" className={column.className}>
              {column.title}
            </div>
          ))}
        </div>
      </div>
      {/* Scroll anchoring is off (the viewport pins the tail itself; anchoring would search the changing
          rows on every layout), and the rows' box is a layout boundary for the page around it. */}
      <div role="rowgroup" ref={scrollRef} onScroll={onScroll} className="min-h-0 flex-1 overflow-auto [overflow-anchor:none]">
        <div className="relative w-full" style={{ height: totalHeight, contain: 'strict' }}>
          {Array.from({ length: to - from }, (_, i) => {
            const row = from + i;
            const entry = rows.entryAt(row);
            if (!entry) {
              // An older event still on its way from the proxy's disk.
              return (
                <div key={row % (to - from)} role="row" aria-rowindex={row + 2} aria-busy="true" className="absolute top-0 left-0 flex w-full items-center border-b border-zinc-100 px-2 font-mono text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-400" style={{ height: LOG_ROW_HEIGHT, transform: `translateY(${row * LOG_ROW_HEIGHT}px)` }}>
                  <span role="gridcell">Loading older event…</span>
                </div>
              );
            }
            // Keyed by slot, not by entry: while following a stream every visible row changes each
            // frame, and reusing a slot's elements (new text, new offset) is far cheaper than
            // unmounting one row and mounting another. `to - from` consecutive rows get distinct slots.
            return (
              <LogRow
                key={row % (to - from)}
                entry={entry}
                rowIndex={row + 2}
                top={row * LOG_ROW_HEIGHT}
                height={LOG_ROW_HEIGHT}
                firstTime={firstTime}
                selected={row === selectedRow}
                paired={entry.seq === pairSeq}
                finding={findings.findingAt(entry.seq)}
                pinned={pinned.has(pinSeqOf(entry))}
                connectionLabel={labelOf?.(entry)}
                row={row}
                onSelect={selectRow}
              />
            );
          })}
        </div>
      </div>
      {!following && rows.count > 0 && (
        <Button variant="primary" className="absolute bottom-3 left-1/2 -translate-x-1/2 shadow-md" onClick={resumeFollowing} title="Following paused while you look at earlier rows">
          Resume following ↓
        </Button>
      )}
    </div>
  );
}
