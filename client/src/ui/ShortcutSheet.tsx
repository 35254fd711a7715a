// The "?" sheet: a modal dialog listing keyboard shortcuts, grouped by where they work. It renders
// whatever list it is given, so the app keeps one registry of shortcuts and this stays domain-free.
import { useLayoutEffect, useRef } from 'react';
import { Button } from './Button';

export interface ShortcutDescription {
  /** The keys as written to a person, e.g. "Ctrl+K" or "↑ ↓". */
  keys: string;
  /** What pressing them does. */
  action: string;
  /** Where it works ("Anywhere", "Lists" …). */
  scope: string;
}

export interface ShortcutSheetProps {
  shortcuts: readonly ShortcutDescription[];
  onClose: () => void;
}

function groupByScope(shortcuts: readonly ShortcutDescription[]): [string, ShortcutDescription[]][] {
  const groups = new Map<string, ShortcutDescription[]>();
  for (const shortcut of shortcuts) groups.set(shortcut.scope, [...(groups.get(shortcut.scope) ?? []), shortcut]);
  return [...groups];
}

export function ShortcutSheet({ shortcuts, onClose }: ShortcutSheetProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // Modal: focus is trapped inside and the page behind is inert; closing gives focus back.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="shortcut-sheet-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => event.target === dialogRef.current && onClose()}
      className="mx-auto mt-[12vh] w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-zinc-300 bg-white p-4 text-zinc-800 shadow-2xl backdrop:bg-zinc-950/40 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-200"
    >
      <div className="mb-3 flex items-center justify-between">
        <h2 id="shortcut-sheet-title" className="text-sm font-semibold">
          Keyboard shortcuts
        </h2>
        <Button variant="ghost" className="h-6 text-xs" onClick={onClose} autoFocus>
          Close
        </Button>
      </div>
      {groupByScope(shortcuts).map(([scope, members]) => (
        <section key={scope} aria-label={scope} className="mb-3 last:mb-0">
          <h3 className="mb-1 text-xs font-semibold text-zinc-600 uppercase dark:text-zinc-300">{scope}</h3>
          <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1">
            {members.map((shortcut) => (
              <div key={shortcut.keys + shortcut.action} className="contents">
                <dt>
                  <kbd className="rounded border border-zinc-300 bg-zinc-50 px-1.5 font-sans text-xs dark:border-zinc-600 dark:bg-zinc-800">{shortcut.keys}</kbd>
                </dt>
                <dd>{shortcut.action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  );
}
