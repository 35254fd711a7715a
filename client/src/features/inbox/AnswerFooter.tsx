// The bottom of a pending request's card, where its answer buttons are. It sticks to the bottom of the
// dock while any of the card is in view, so a long request never pushes "Send reply" or "Accept" out of
// reach. It must be a direct child of the card: a sticky element only sticks within its parent. It
// sticks 0.75rem past the dock's padding, flush with its edge, so nothing scrolls by beneath it.
import type { ReactNode } from 'react';

export interface AnswerFooterProps {
  label: string;
  /** Why the last answer could not be sent, shown under the buttons. */
  error?: Error | null;
  children: ReactNode;
}

export function AnswerFooter({ label, error, children }: AnswerFooterProps) {
  return (
    <div
      role="group"
      aria-label={label}
      className="sticky -bottom-3 z-10 -mx-3 -mb-3 flex flex-col gap-1.5 rounded-b border-t border-amber-300 bg-amber-50 px-3 py-2 dark:border-amber-800 dark:bg-zinc-900"
    >
      {children}
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error.message}
        </p>
      )}
    </div>
  );
}
