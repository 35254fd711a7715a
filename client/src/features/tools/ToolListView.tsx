// The tools of a server: a filter, then one one-line button per tool (name, drift marks, description).
import { useCallback, useEffect, useState } from 'react';
import { Badge } from '../../ui/Badge';
import { SearchField } from '../../ui/SearchField';
import { SelectableList } from '../../ui/SelectableList';
import { useListKeyboard } from '../../ui/useListKeyboard';
import { DriftBadge } from '../serverLists/DriftBadge';
import { driftWords, type DriftMark } from '../serverLists/listDrift';
import { APP_ONLY_MEANING, type ToolFacts } from './toolFacts';
import { descriptionBesidesTitle } from '../serverLists/descriptionBesidesTitle';

export interface ToolListViewProps {
  tools: ToolFacts[];
  /** How tools differ from the list as first listed in this session, by name. */
  marks?: ReadonlyMap<string, DriftMark>;
  selectedName: string | undefined;
  onSelect: (name: string) => void;
  filter: string;
  onFilterChange: (filter: string) => void;
}

/** What a screen reader (and a test) hears: name, title, hints, "app only" and drift marks (the row shows no title or hints). */
function accessibleName(tool: ToolFacts, mark: DriftMark | undefined): string {
  const title = tool.title ? ` — ${tool.title}` : '';
  const words = tool.appOnly ? [...tool.hints, 'app only'] : tool.hints;
  const hints = words.length > 0 ? ` (${words.join(', ')})` : '';
  const marks = mark ? ` · ${driftWords(mark).join(', ')}` : '';
  return `${tool.name}${title}${hints}${marks}`;
}

/** The full text behind a row's one truncated line, for its tooltip. */
function rowTooltip(tool: ToolFacts): string | undefined {
  const parts = [tool.title, descriptionBesidesTitle(tool.title, tool.description)].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

const toolName = (tool: ToolFacts) => tool.name;

/**
 * One tool on one line: its name, "app only" for an MCP App's private tool, its drift marks, then its description (or title) cut to what fits,
 * in full in the tooltip.
 */
function toolRow(tool: ToolFacts, mark: DriftMark | undefined) {
  const summary = tool.description ?? tool.title;
  return (
    <>
      <span className="shrink-0 font-mono text-[13px]">{tool.name}</span>
      {tool.appOnly && (
        <span className="shrink-0" aria-hidden="true">
          <Badge title={APP_ONLY_MEANING}>app only</Badge>
        </span>
      )}
      <DriftBadge mark={mark} />
      {summary && <span className="min-w-0 truncate text-xs text-zinc-500 dark:text-zinc-400">{summary}</span>}
    </>
  );
}

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

export function ToolListView({ tools, marks, selectedName, onSelect, filter, onFilterChange }: ToolListViewProps) {
  const rendered = useProgressiveCount(tools);
  // New with each change of the marks only, so the rows re-render when a mark comes or goes.
  const renderRow = useCallback((tool: ToolFacts) => toolRow(tool, marks?.get(tool.name)), [marks]);
  const describeRow = useCallback((tool: ToolFacts) => ({ label: accessibleName(tool, marks?.get(tool.name)), tooltip: rowTooltip(tool) }), [marks]);
  const keyboard = useListKeyboard(selectedName);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <SearchField label="Filter tools" placeholder="Filter by name or title" value={filter} onChange={onFilterChange} {...keyboard.filterProps} />
      {/* Keyed by the filter: a keystroke drops the old list in one detach rather than row by row. */}
      <SelectableList
        key={filter}
        label="Tools"
        items={tools.slice(0, rendered)}
        keyOf={toolName}
        selectedKey={selectedName}
        onSelect={onSelect}
        renderRow={renderRow}
        describeRow={describeRow}
        layout="line"
        keyboard={keyboard.listProps}
        className="min-h-0 flex-1 overflow-auto"
      />
    </div>
  );
}
