import type { ConnectionTarget } from '../../../../shared/connectionTypes';
import { targetReview, type TargetReviewItem } from '../../../../shared/session';
import { Button } from '../../ui/Button';

const LABELS: Record<TargetReviewItem['kind'], string> = {
  command: 'Command',
  cwd: 'Working directory',
  env: 'Environment',
  url: 'URL',
  header: 'Header',
  oauth: 'OAuth',
};

export interface ConfirmRunViewProps {
  target: ConnectionTarget;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Before a replay runs a server, everything it would run or send, in full, with the environment
 * variables that change which code a runtime loads called out. Cancel has the focus: a session file is
 * untrusted input, and Enter must not run it.
 */
export function ConfirmRunView({ target, onConfirm, onCancel }: ConfirmRunViewProps) {
  const items = targetReview(target);
  const dangerous = items.filter((item) => item.dangerous);
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-label="Run this command?"
      className="border-b border-amber-300 bg-amber-50 px-4 py-3 dark:border-amber-800 dark:bg-amber-950"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape cancels the confirmation only, not the whole Replay dialog.
        event.stopPropagation();
        onCancel();
      }}
    >
      <h3 className="font-semibold">Run this command?</h3>
      <p className="text-xs text-zinc-600 dark:text-zinc-300">The replay starts this server. A session file is untrusted input: check every line before running it.</p>
      <dl aria-label="What will run" className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 font-mono text-xs">
        {items.map((item, index) => (
          <div key={index} className="contents">
            <dt className="text-zinc-500 dark:text-zinc-400">{LABELS[item.kind]}</dt>
            <dd className={`break-all ${item.dangerous ? 'font-semibold text-red-700 dark:text-red-300' : ''}`}>
              {item.name === undefined ? item.value : item.kind === 'header' ? `${item.name}: ${item.value}` : `${item.name}=${item.value}`}
              {item.dangerous && <span className="ml-2 font-sans">(dangerous: changes which code the runtime loads)</span>}
            </dd>
          </div>
        ))}
      </dl>
      {dangerous.length > 0 && (
        <p role="alert" className="mt-2 text-red-800 dark:text-red-300">
          {`${dangerous.map((item) => item.name).join(', ')} can make the server's runtime load and run other code than the command names.`}
        </p>
      )}
      <div className="mt-3 flex gap-2">
        <Button autoFocus onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          Run this command
        </Button>
      </div>
    </div>
  );
}
