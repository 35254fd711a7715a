// The tools of a server: a filter, then one button per tool (title or name, annotation hints).
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

export function ToolListView({ tools, selectedName, onSelect, filter, onFilterChange }: ToolListViewProps) {
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <SearchField label="Filter tools" placeholder="Filter by name or title" value={filter} onChange={onFilterChange} />
      <ul aria-label="Tools" className="min-h-0 flex-1 overflow-auto">
        {tools.map((tool) => (
          <li key={tool.name}>
            <button
              type="button"
              aria-label={accessibleName(tool)}
              aria-current={tool.name === selectedName ? 'true' : undefined}
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
        ))}
      </ul>
    </div>
  );
}
