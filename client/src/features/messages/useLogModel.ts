import { useState } from 'react';
import { useConnectionFindings } from '../../api/useConnectionFindings';
import { useFilteredLog } from '../../api/useConnectionLog';
import { useConnections } from '../../api/useConnections';
import type { LogEntry } from '../../api/logEntry';
import type { FilteredLogSnapshot } from '../../api/logStoreView';
import { usePinnedSeqs } from '../wire/pinnedExchanges';
import { useLogViewState } from './useLogViewState';

export interface LogModelOptions {
  connectionId: string;
  /** The selected event's seq (kept by the workspace, so it survives tab switches). */
  selectedSeq: number | undefined;
  onSelectSeq: (seq: number | undefined) => void;
}

/**
 * The Log tab's data: the filtered rows (from the store-side view), the connection's findings, the
 * selected entry and its pair, the filter state and the labels of connections for the merged view.
 */
export function useLogModel({ connectionId, selectedSeq, onSelectSeq }: LogModelOptions) {
  const view = useLogViewState(connectionId);
  const { filter, allConnections, hiddenThroughSeq } = view.state;
  const pinned = usePinnedSeqs(connectionId);
  const { rows, errors } = useFilteredLog({ connectionId: allConnections ? undefined : connectionId, filter, hiddenThroughSeq, pinned });
  const findings = useConnectionFindings(connectionId);
  const { list: connections } = useConnections();
  const selectedRow = selectedSeq === undefined ? undefined : rows.rowOfSeq(selectedSeq);
  const { entry: selected, held: selectedHeld } = useSelectedEntry(rows, selectedSeq);
  const pair = selected?.pairSeq === undefined ? undefined : rows.entryBySeq(selected.pairSeq);
  const lastEntry = rows.entryAt(rows.count - 1);
  return {
    rows,
    errors,
    view,
    findings,
    /** The seqs pinned on this connection (marked in the grid, matched by `is:pinned`). */
    pinned,
    /** Relative times count from the first row shown. */
    firstTime: rows.firstTime() ?? 0,
    selectedRow,
    selected,
    /** Whether the selected entry is a row of the current view (else the filter or Clear view hides it). */
    selectedHidden: selectedHeld && selectedRow === undefined,
    pair,
    selectedFinding: selected ? findings.findingAt(selected.seq) : undefined,
    connectionOf: (entry: LogEntry) => connections.find((c) => c.id === entry.event.connectionId),
    labelOf: allConnections ? (entry: LogEntry) => connections.find((c) => c.id === entry.event.connectionId)?.label ?? entry.event.connectionId : undefined,
    selectRow: (row: number) => {
      const entry = rows.entryAt(Math.max(0, Math.min(row, rows.count - 1)));
      if (entry) onSelectSeq(entry.seq);
    },
    selectSeq: onSelectSeq,
    clearView: () => {
      if (lastEntry) view.hideThrough(lastEntry.seq);
      onSelectSeq(undefined);
    },
  };
}

/**
 * The selected entry, kept while it stays selected: past its limit the page lets go of its oldest
 * events (they are read back from the proxy only as their rows scroll into view), and the entry the
 * person is reading must not vanish from the detail pane meanwhile.
 */
function useSelectedEntry(rows: FilteredLogSnapshot, selectedSeq: number | undefined): { entry: LogEntry | undefined; held: boolean } {
  const [kept, setKept] = useState<LogEntry | undefined>(undefined);
  const found = selectedSeq === undefined ? undefined : rows.entryBySeq(selectedSeq);
  // Updated during render, React's way of keeping state derived from props (no effect, no extra pass).
  if (found !== undefined && found !== kept) setKept(found);
  // `held`: the page still holds it (a row the filter may hide), rather than only this keepsake of it.
  return { entry: found ?? (kept !== undefined && kept.seq === selectedSeq ? kept : undefined), held: found !== undefined };
}
