import { EmptyState } from '../../ui/EmptyState';
import { FindingRow } from './FindingRow';
import { useDiagnosesModel } from './useDiagnosesModel';

export interface DiagnosesTabProps {
  connectionId: string;
  onShowInLog: (seq: number) => void;
}

/** What the diagnosis found in the connection's traffic so far: counts by severity, then each finding. */
export function DiagnosesTab({ connectionId, onShowInLog }: DiagnosesTabProps) {
  const model = useDiagnosesModel(connectionId);
  if (model.findings.length === 0) {
    return (
      <EmptyState title="No findings: every message so far follows the protocol.">
        Each message, stdout line and transport event is checked against the MCP specification as it is recorded.
      </EmptyState>
    );
  }
  return (
    <div className="flex h-full min-h-0 flex-col">
      <p role="status" aria-label="Finding counts" className="border-b border-zinc-200 px-4 py-2 font-medium text-zinc-700 dark:border-zinc-700 dark:text-zinc-200">
        {model.countsText}
      </p>
      <ul role="list" aria-label="Findings" className="min-h-0 flex-1 overflow-auto">
        {model.findings.map((finding, index) => (
          <FindingRow key={index} finding={finding} onShowInLog={onShowInLog} />
        ))}
      </ul>
    </div>
  );
}
