// The tools of a server: a filter, then one one-line button per tool (name and description).
import { memo, useEffect, useState } from 'react';
import { SearchField } from '../../ui/SearchField';
import { useListKeyboard } from '../../ui/useListKeyboard';
import type { ToolFacts } from './toolFacts';

export interface ToolListViewProps {
  tools: ToolFacts[];
  selectedName: string | undefined;
  onSelect: (name: string) => void;
  filter: string;
  onFilterChange: (filter: string) => void;
}

/** What a screen reader (and a test) hears: name, title and hints (the row shows only name and description). */
function accessibleName(tool: ToolFacts): string {
  const title = tool.title ? ` — ${tool.title}` : '';
  const hints = tool.hints.length > 0 ? ` (${tool.hints.join(', ')})` : '';
  return `${tool.name}${title}${hints}`;
}

interface ToolRowProps {
  tool: ToolFacts;
  selected: boolean;
  onSelect: (name: string) => void;
}

/** The full text behind a row's one truncated line, for its tooltip. */
function rowTooltip(tool: ToolFacts): string | undefined {
  const parts = [tool.title, tool.description].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

/** One tool on one line: its name, then its description (or title) cut to what fits, in full in the
 * tooltip. Memoised, so a filter keystroke re-renders only the rows that appear. Off-screen rows skip
 * layout and paint (content-visibility), which keeps a list of thousands fast while every row stays in
 * the DOM for find-in-page and assistive technology. */
const ToolRow = memo(function ToolRow({ tool, selected, onSelect }: ToolRowProps) {
  const summary = tool.description ?? tool.title;
  return (
    <li className="[contain-intrinsic-size:auto_28px] [content-visibility:auto]">
      <button
        type="button"
        aria-label={accessibleName(tool)}
        aria-current={selected ? 'true' : undefined}
        title={rowTooltip(tool)}
        onClick={() => onSelect(tool.name)}
        className="flex w-full min-w-0 items-baseline gap-2 px-3 py-1 text-left whitespace-nowrap hover:bg-zinc-100 aria-[current=true]:bg-sky-50 dark:hover:bg-zinc-800 dark:aria-[current=true]:bg-sky-950"
      >
        <span className="shrink-0 font-mono text-[13px]">{tool.name}</span>
        {summary && <span className="min-w-0 truncate text-xs text-zinc-500 dark:text-zinc-400">{summary}</span>}
      </button>
    </li>
  );
});

const FIRST_ROWS = 40;
const MORE_ROWS_PER_FRAME = 100;

/**
 * How many of `items` to render: the first screenfuls at once, the rest a chunk per frame. A keystroke
 * in the filter repaints the visible rows in one short frame instead of laying out a thousand rows.
 */
function useProgressiveCount(items: readonly unknown[]): number {
  const [shown, setShown] = useState({ items, count: FIRST_ROWS });
  // A new list starts again from its first rows (state derived from props, set during render).
  if (shown.items !== items) setShown({ items, count: FIRST_ROWS });
  const complete = shown.count >= items.length;
  useEffect(() => {
    if (complete) return;
    const frame = requestAnimationFrame(() => setShown((current) => (current.items === items ? { items, count: current.count + MORE_ROWS_PER_FRAME } : current)));
    return () => cancelAnimationFrame(frame);
  }, [complete, items, shown]);
  return Math.min(shown.items === items ? shown.count : FIRST_ROWS, items.length);
}

export function ToolListView({ tools, selectedName, onSelect, filter, onFilterChange }: ToolListViewProps) {
  const rendered = useProgressiveCount(tools);
  const keyboard = useListKeyboard(selectedName);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <SearchField label="Filter tools" placeholder="Filter by name or title" value={filter} onChange={onFilterChange} {...keyboard.filterProps} />
      {/* Keyed by the filter: a keystroke drops the old list in one detach rather than row by row. */}
      <ul key={filter} aria-label="Tools" {...keyboard.listProps} className="min-h-0 flex-1 overflow-auto">
        {tools.slice(0, rendered).map((tool) => (
          <ToolRow key={tool.name} tool={tool} selected={tool.name === selectedName} onSelect={onSelect} />
        ))}
      </ul>
    </div>
  );
}
