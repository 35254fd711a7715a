import { isInspectorCaused, type Finding, type Severity } from '../../../../shared/diagnosis/finding';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { safeLinkUrl } from '../../ui/safeUrl';

const TONES: Record<Severity, BadgeTone> = { error: 'danger', warning: 'warning', info: 'info' };

export interface FindingRowProps {
  finding: Finding;
  onShowInLog: (seq: number) => void;
}

/** One finding: how bad, which rule, what it says, the spec section it cites and the event it points at. */
export function FindingRow({ finding, onShowInLog }: FindingRowProps) {
  const specUrl = safeLinkUrl(finding.specSection);
  const firstSeq = finding.seqs[0];
  return (
    <li className="flex items-start gap-3 border-b border-zinc-100 px-4 py-2 dark:border-zinc-800">
      <div className="w-16 shrink-0 pt-0.5">
        <Badge tone={TONES[finding.severity]}>{finding.severity}</Badge>
      </div>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <span className="font-mono text-xs font-semibold text-zinc-800 dark:text-zinc-100">{finding.ruleId}</span>
          {isInspectorCaused(finding) && (
            <Badge tone="accent" title="The inspector's own request (Send anyway, the Raw composer) caused this; it says nothing about the server">
              caused by your request
            </Badge>
          )}
          {specUrl && (
            <a href={specUrl} target="_blank" rel="noreferrer" className="text-xs text-sky-700 underline hover:text-sky-900 dark:text-sky-300">
              Spec section
            </a>
          )}
        </div>
        <p className="mt-0.5 break-words text-zinc-700 dark:text-zinc-300">{finding.message}</p>
      </div>
      {firstSeq !== undefined && (
        <Button variant="ghost" className="h-6 shrink-0 px-1.5 text-xs" title={`Event #${firstSeq}`} onClick={() => onShowInLog(firstSeq)}>
          Show in log
        </Button>
      )}
    </li>
  );
}
