import { useConnectionFindings } from '../../api/useConnectionFindings';
import { useConnectionLog } from '../../api/useConnectionLog';
import type { LogEntry } from '../../api/logEntry';

export interface LogModelOptions {
  connectionId: string;
  /** The selected event's seq (kept by the workspace, so it survives tab switches). */
  selectedSeq: number | undefined;
  onSelectSeq: (seq: number | undefined) => void;
}

/** The Log tab's data: the connection's log snapshot, its findings, the selected entry and its pair. */
export function useLogModel({ connectionId, selectedSeq, onSelectSeq }: LogModelOptions) {
  const log = useConnectionLog(connectionId);
  const findings = useConnectionFindings(connectionId);
  const at = (index: number | undefined): LogEntry | undefined => (index === undefined ? undefined : log.entries[index]);
  const selectedIndex = selectedSeq === undefined ? undefined : log.indexOfSeq(selectedSeq);
  const selected = at(selectedIndex);
  const pair = selected?.pairSeq === undefined ? undefined : at(log.indexOfSeq(selected.pairSeq));
  return {
    log,
    findings,
    firstTime: log.count > 0 ? (log.entries[0]?.time ?? 0) : 0,
    selectedIndex,
    selected,
    pair,
    selectedFinding: selected ? findings.findingAt(selected.seq) : undefined,
    selectIndex: (index: number) => {
      const entry = at(Math.max(0, Math.min(index, log.count - 1)));
      if (entry) onSelectSeq(entry.seq);
    },
    selectSeq: onSelectSeq,
  };
}
