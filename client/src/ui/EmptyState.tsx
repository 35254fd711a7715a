import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  /** What to do about it. */
  children?: ReactNode;
  action?: ReactNode;
  tone?: 'neutral' | 'danger';
}

/** A centred message for a pane with nothing to show yet, saying what to do next. */
export function EmptyState({ title, children, action, tone = 'neutral' }: EmptyStateProps) {
  return (
    <div className="flex h-full min-h-24 items-center justify-center p-6">
      <div className="max-w-md text-center">
        <p className={`font-medium ${tone === 'danger' ? 'text-red-700 dark:text-red-300' : 'text-zinc-700 dark:text-zinc-200'}`}>
          {title}
        </p>
        {children && <div className="mt-1 text-zinc-500 dark:text-zinc-400">{children}</div>}
        {action && <div className="mt-3">{action}</div>}
      </div>
    </div>
  );
}
