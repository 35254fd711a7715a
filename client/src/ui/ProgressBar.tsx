export interface ProgressBarProps {
  /** The accessible name, e.g. "tools/call progress". */
  label: string;
  progress: number;
  /** Unknown totals show an indeterminate bar with the count. */
  total?: number;
  message?: string;
}

/** A progress bar with its numbers and message in words (the numbers carry the meaning, not the bar). */
export function ProgressBar({ label, progress, total, message }: ProgressBarProps) {
  const known = total !== undefined && total > 0;
  const percent = known ? Math.min(100, Math.max(0, (progress / total) * 100)) : undefined;
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={known ? total : undefined}
        aria-valuenow={known ? progress : undefined}
        aria-valuetext={known ? `${progress} of ${total}` : `${progress}`}
        className="h-1.5 overflow-hidden rounded bg-zinc-200 dark:bg-zinc-700"
      >
        <div className={`h-full bg-sky-600 transition-[width] ${percent === undefined ? 'w-1/3 animate-pulse' : ''}`} style={percent === undefined ? undefined : { width: `${percent}%` }} />
      </div>
      <div className="flex gap-2 text-xs text-zinc-500 dark:text-zinc-400">
        <span>{known ? `${progress} / ${total}` : `${progress}`}</span>
        {message && <span className="truncate">{message}</span>}
      </div>
    </div>
  );
}
