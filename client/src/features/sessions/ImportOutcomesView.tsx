import { Button } from '../../ui/Button';
import type { ImportOutcome } from './useSessionsModel';
import { formatCount } from '../../ui/formatCount';

export interface ImportOutcomesViewProps {
  outcomes: readonly ImportOutcome[];
  onImportAnyway: (file: File) => void;
  onDismiss: () => void;
}

function RefusedImport({ outcome, onImportAnyway }: { outcome: Extract<ImportOutcome, { kind: 'refused' }>; onImportAnyway: (file: File) => void }) {
  return (
    <div role="alert" aria-label={`Import of ${outcome.fileName} refused`} className="rounded border border-red-300 bg-red-50 p-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      <p>{outcome.message}</p>
      {outcome.problems.length > 0 && (
        <>
          <ul className="mt-1 max-h-32 list-inside list-disc overflow-auto font-mono text-xs">
            {outcome.problems.map((problem) => (
              <li key={problem.line}>{problem.message}</li>
            ))}
            {outcome.damagedLines > outcome.problems.length && <li>…and {formatCount(outcome.damagedLines - outcome.problems.length)} more</li>}
          </ul>
          <Button className="mt-1 h-6 text-xs" onClick={() => onImportAnyway(outcome.file)}>
            Import anyway, skipping {outcome.damagedLines === 1 ? 'that line' : `those ${formatCount(outcome.damagedLines)} lines`}
          </Button>
        </>
      )}
    </div>
  );
}

/** What the last import did with each file: stored (and under which name), or refused and why. */
export function ImportOutcomesView({ outcomes, onImportAnyway, onDismiss }: ImportOutcomesViewProps) {
  if (outcomes.length === 0) return null;
  return (
    <section aria-label="Import results" className="flex flex-col gap-1 border-b border-zinc-200 px-3 py-2 text-sm dark:border-zinc-700">
      {outcomes.map((outcome) =>
        outcome.kind === 'imported' ? (
          <p key={outcome.fileName} role="status" className="text-emerald-800 dark:text-emerald-300">
            Imported {outcome.fileName} as <span className="font-mono">{outcome.id}</span>
            {outcome.skippedLines > 0 && ` (${outcome.skippedLines} damaged line${outcome.skippedLines === 1 ? '' : 's'} will be skipped when opened)`}.
          </p>
        ) : (
          <RefusedImport key={outcome.fileName} outcome={outcome} onImportAnyway={onImportAnyway} />
        ),
      )}
      <div>
        <Button variant="ghost" className="h-6 text-xs" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    </section>
  );
}
