import { useState } from 'react';
import type { Finding } from '../../../../shared/diagnosis/finding';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { formatCount } from '../../ui/formatCount';
import { collapseRepeats } from './collapseRepeats';
import { FindingRow } from './FindingRow';
import { useDiagnosesModel } from './useDiagnosesModel';

export interface DiagnosesTabProps {
  connectionId: string;
  onShowInLog: (seq: number) => void;
}

/**
 * What the diagnosis found in the connection's traffic so far: counts by severity, then each finding
 * about the server; findings the inspector's own requests caused ("Send anyway", the Raw composer)
 * are listed apart and not counted, since they say nothing about the server.
 */
export function DiagnosesTab({ connectionId, onShowInLog }: DiagnosesTabProps) {
  const model = useDiagnosesModel(connectionId);
  const { serverFindings, inspectorFindings } = model;
  if (serverFindings.length === 0 && inspectorFindings.length === 0) {
    return (
      <EmptyState title="No findings: every message so far follows the protocol.">
        Each message, stdout line and transport event is checked against the MCP specification as it is recorded.
      </EmptyState>
    );
  }
  return (
    <div className="flex h-full min-h-0 flex-col overflow-auto">
      <p role="status" aria-label="Finding counts" className="border-b border-zinc-200 px-4 py-2 font-medium text-zinc-700 dark:border-zinc-700 dark:text-zinc-200">
        {model.countsText}
      </p>
      {serverFindings.length === 0 ? (
        <p className="px-4 py-2 text-zinc-500 dark:text-zinc-400">No findings about the server.</p>
      ) : (
        <FindingList label="Findings" findings={serverFindings} onShowInLog={onShowInLog} />
      )}
      {inspectorFindings.length > 0 && (
        <section aria-label="Caused by your requests" className="shrink-0">
          <h3 className="border-y border-zinc-200 bg-zinc-50 px-4 py-1.5 text-xs font-medium text-zinc-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-400">
            Caused by your requests ({inspectorFindings.length}): not counted, they say nothing about the server
          </h3>
          <FindingList label="Findings caused by your requests" findings={inspectorFindings} onShowInLog={onShowInLog} />
        </section>
      )}
    </div>
  );
}

/** Findings in the order raised, a repeating rule's rest folded into one row that expands it in place. */
function FindingList({ label, findings, onShowInLog }: { label: string; findings: readonly Finding[]; onShowInLog: (seq: number) => void }) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  return (
    <ul role="list" aria-label={label} className="shrink-0">
      {collapseRepeats(findings, expanded).map((row, index) =>
        row.kind === 'finding' ? (
          <FindingRow key={index} finding={row.finding} onShowInLog={onShowInLog} />
        ) : (
          <li key={`folded ${row.ruleId}`} className="flex items-center gap-3 border-b border-zinc-100 px-4 py-2 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
            <span className="w-16 shrink-0" />
            <span className="min-w-0 flex-1">
              {formatCount(row.hidden)} more <span className="font-mono text-xs font-semibold">{row.ruleId}</span> findings between these
            </span>
            <Button variant="ghost" className="h-6 shrink-0 px-1.5 text-xs" aria-label={`Show all ${row.ruleId} findings`} onClick={() => setExpanded(new Set([...expanded, row.ruleId]))}>
              Show all
            </Button>
          </li>
        ),
      )}
    </ul>
  );
}
