import { useId, useState, type ReactNode } from 'react';

export interface DisclosureProps {
  /** The toggle button's text (its accessible name). */
  summary: string;
  /** Shown after the summary, outside the button (e.g. a "Show in log" action). */
  extra?: ReactNode;
  defaultOpen?: boolean;
  children: ReactNode;
}

/** A button that shows or hides a block of content (the WAI-ARIA disclosure pattern). */
export function Disclosure({ summary, extra, defaultOpen = false, children }: DisclosureProps) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <div>
      <div className="flex items-center gap-2">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
          className="flex items-center gap-1 rounded px-1 font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800"
        >
          <span aria-hidden className="w-3 text-zinc-400">
            {open ? '▾' : '▸'}
          </span>
          {summary}
        </button>
        {extra}
      </div>
      {open && (
        <div id={id} className="mt-1 ml-4">
          {children}
        </div>
      )}
    </div>
  );
}
