export interface ProgressBarProps {
  /** The accessible name, e.g. "tools/call progress". */
  label: string;
  progress: number;
  /** Unknown totals show an indeterminate bar with the count. */
  total?: number;
  message?: string;
  /** How long it has been going on, already worded (e.g. "12 s"). */
  elapsed?: string;
}

/** A progress bar with its percent, numbers, elapsed time and message in words (the numbers carry the meaning, not the bar). */
export function ProgressBar({ label, progress, total, message, elapsed }: ProgressBarProps) {
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
        {percent !== undefined && <span className="font-medium text-zinc-700 tabular-nums dark:text-zinc-200">{Math.floor(percent)}%</span>}
        <span className="tabular-nums">{known ? `${progress} / ${total}` : `${progress}`}</span>
        {elapsed && <span className="tabular-nums">{elapsed}</span>}
        {message && <span className="truncate">{message}</span>}
      </div>
    </div>
  );
}
