import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<Id extends string> {
  id: Id;
  label: string;
}

export interface TabsProps<Id extends string> {
  /** The accessible name of the tab list. */
  label: string;
  items: readonly TabItem<Id>[];
  selectedId: Id;
  onSelect: (id: Id) => void;
  /** The selected tab's panel. */
  children: ReactNode;
  /** Extra content at the end of the tab strip (e.g. counters). */
  trailing?: ReactNode;
}

/**
 * A tab strip with the WAI-ARIA tabs pattern (arrow keys, Home/End) and one panel. The strip wraps
 * rather than scrolls: a tab scrolled out of sight is a view nobody finds.
 */
export function Tabs<Id extends string>({ label, items, selectedId, onSelect, children, trailing }: TabsProps<Id>) {
  const prefix = useId();
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const index = items.findIndex((item) => item.id === selectedId);
    const next =
      event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : undefined;
    if (next === undefined || items.length === 0) return;
    event.preventDefault();
    const item = items[(next + items.length) % items.length];
    if (!item) return;
    onSelect(item.id);
    listRef.current?.querySelector<HTMLElement>(`[data-tab-id="${item.id}"]`)?.focus();
  }

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex items-center border-b border-zinc-200 bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900">
        <div ref={listRef} role="tablist" aria-label={label} className="flex min-w-0 flex-wrap" onKeyDown={onKeyDown}>
          {items.map((item) => {
            const selected = item.id === selectedId;
            return (
              <button
                key={item.id}
                type="button"
                role="tab"
                id={`${prefix}-tab-${item.id}`}
                data-tab-id={item.id}
                aria-selected={selected}
                aria-controls={`${prefix}-panel`}
                tabIndex={selected ? 0 : -1}
                onClick={() => onSelect(item.id)}
                className={`-mb-px shrink-0 border-b-2 px-2 py-1.5 whitespace-nowrap ${
                  selected
                    ? 'border-sky-600 text-zinc-900 dark:border-sky-400 dark:text-zinc-50'
                    : 'border-transparent text-zinc-500 hover:text-zinc-800 dark:text-zinc-400 dark:hover:text-zinc-100'
                }`}
              >
                {item.label}
              </button>
            );
          })}
        </div>
        {trailing && <div className="ml-auto shrink-0 px-2">{trailing}</div>}
      </div>
      <div role="tabpanel" id={`${prefix}-panel`} aria-labelledby={`${prefix}-tab-${selectedId}`} className="min-h-0 flex-1">
        {children}
      </div>
    </div>
  );
}
