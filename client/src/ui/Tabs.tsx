import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { MenuButton } from './MenuButton';
import { fitTabs } from './tabOverflow';

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

const tabClass = '-mb-px shrink-0 border-b-2 px-2 py-1.5 whitespace-nowrap';
// Room kept for the "More" button when some tabs do not fit (its label and chevron, with padding).
const MORE_WIDTH = 72;

/** Each tab's width, measured from an invisible copy of the strip; re-measured when a label changes. */
function useTabWidths(labels: readonly string[]) {
  const ruler = useRef<HTMLDivElement>(null);
  const [widths, setWidths] = useState<number[]>([]);
  const key = labels.join('\u0000');
  useLayoutEffect(() => {
    const children = [...(ruler.current?.children ?? [])];
    setWidths(children.map((child) => child.getBoundingClientRect().width));
  }, [key]);
  const rulerView = (
    <div ref={ruler} aria-hidden className="pointer-events-none invisible absolute flex h-0 overflow-hidden">
      {labels.map((text, index) => (
        <span key={index} className={tabClass}>
          {text}
        </span>
      ))}
    </div>
  );
  return { widths, rulerView };
}

/** The width the strip offers its tabs, followed as the window or a neighbouring pane resizes. */
function useAvailableWidth() {
  const strip = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(Infinity);
  useLayoutEffect(() => {
    const element = strip.current;
    if (!element) return;
    const measure = () => setWidth(element.getBoundingClientRect().width);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { strip, width };
}

/**
 * A tab strip with the WAI-ARIA tabs pattern (arrow keys, Home/End) and one panel. It keeps to one
 * row: the tabs that do not fit are offered in a "More" menu, and the selected tab is always on the row.
 */
export function Tabs<Id extends string>({ label, items, selectedId, onSelect, children, trailing }: TabsProps<Id>) {
  const prefix = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const { widths, rulerView } = useTabWidths(items.map((item) => item.label));
  const { strip, width } = useAvailableWidth();
  const selectedIndex = items.findIndex((item) => item.id === selectedId);
  const measured = widths.length === items.length;
  const shownIndices = measured ? fitTabs(widths, width, MORE_WIDTH, selectedIndex) : items.map((_, index) => index);
  const shown = shownIndices.map((index) => items[index]!);
  const overflow = items.filter((_, index) => !shownIndices.includes(index));
  // After a key moves the selection (perhaps to a tab that was in the menu), focus follows it.
  const pendingFocus = useRef<Id | undefined>(undefined);
  useEffect(() => {
    if (pendingFocus.current === undefined) return;
    listRef.current?.querySelector<HTMLElement>(`[data-tab-id="${pendingFocus.current}"]`)?.focus();
    pendingFocus.current = undefined;
  });

  function onKeyDown(event: KeyboardEvent) {
    const index = selectedIndex;
    const next =
      event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : undefined;
    if (next === undefined || items.length === 0) return;
    event.preventDefault();
    const item = items[(next + items.length) % items.length];
    if (!item) return;
    pendingFocus.current = item.id;
    onSelect(item.id);
  }

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="relative flex items-center border-b border-zinc-200 bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900">
        {rulerView}
        <div ref={strip} className="flex min-w-0 flex-1 items-center">
          <div ref={listRef} role="tablist" aria-label={label} className="flex min-w-0" onKeyDown={onKeyDown}>
            {shown.map((item) => {
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
                  className={`${tabClass} ${
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
          {overflow.length > 0 && (
            <MenuButton
              label={`More views (${overflow.length})`}
              title={`More views: ${overflow.map((item) => item.label).join(', ')}`}
              items={overflow.map((item) => ({ id: item.id, label: item.label, onSelect: () => onSelect(item.id) }))}
              className="flex items-center gap-1 px-2 py-1.5 whitespace-nowrap text-zinc-600 hover:text-zinc-900 aria-expanded:text-zinc-900 dark:text-zinc-300 dark:hover:text-zinc-50 dark:aria-expanded:text-zinc-50"
            >
              More <span aria-hidden>▾</span>
            </MenuButton>
          )}
        </div>
        {trailing && <div className="ml-auto shrink-0 px-2">{trailing}</div>}
      </div>
      <div role="tabpanel" id={`${prefix}-panel`} aria-labelledby={`${prefix}-tab-${selectedId}`} className="min-h-0 flex-1">
        {children}
      </div>
    </div>
  );
}
