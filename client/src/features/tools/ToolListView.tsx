// The tools of a server: a filter, then one button per tool (title or name, annotation hints).
import { memo, useEffect, useState } from 'react';
import { Badge } from '../../ui/Badge';
import { SearchField } from '../../ui/SearchField';
import type { ToolFacts } from './toolFacts';

export interface ToolListViewProps {
  tools: ToolFacts[];
  selectedName: string | undefined;
  onSelect: (name: string) => void;
  filter: string;
  onFilterChange: (filter: string) => void;
}

/** What a screen reader (and a test) hears: name, title, hints, with separators the layout implies. */
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

/** One tool; memoised, so a filter keystroke re-renders only the rows that appear. Off-screen rows skip
 * layout and paint (content-visibility), which keeps a list of thousands fast while every row stays in
 * the DOM for find-in-page and assistive technology. */
const ToolRow = memo(function ToolRow({ tool, selected, onSelect }: ToolRowProps) {
  return (
    <li className="[contain-intrinsic-size:auto_44px] [content-visibility:auto]">
      <button
        type="button"
        aria-label={accessibleName(tool)}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(tool.name)}
        className="flex w-full flex-col items-start gap-0.5 px-3 py-1.5 text-left hover:bg-zinc-100 aria-[current=true]:bg-sky-50 dark:hover:bg-zinc-800 dark:aria-[current=true]:bg-sky-950"
      >
        <span className="font-mono text-[13px]">{tool.name}</span>
        {(tool.title || tool.hints.length > 0) && (
          <span className="flex flex-wrap items-center gap-1 text-xs text-zinc-500">
            {tool.title && <span>{tool.title}</span>}
            {tool.hints.map((hint) => (
              <Badge key={hint}>{hint}</Badge>
            ))}
          </span>
        )}
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
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <SearchField label="Filter tools" placeholder="Filter by name or title" value={filter} onChange={onFilterChange} />
      {/* Keyed by the filter: a keystroke drops the old list in one detach rather than row by row. */}
      <ul key={filter} aria-label="Tools" className="min-h-0 flex-1 overflow-auto">
        {tools.slice(0, rendered).map((tool) => (
          <ToolRow key={tool.name} tool={tool} selected={tool.name === selectedName} onSelect={onSelect} />
        ))}
      </ul>
    </div>
  );
}
