// The prompts of a server: a filter, then one button per prompt (name, title, argument count).
import { SearchField } from '../../ui/SearchField';
import { useListKeyboard } from '../../ui/useListKeyboard';
import type { PromptFacts } from './promptFacts';

export interface PromptListViewProps {
  prompts: readonly PromptFacts[];
  selectedName: string | undefined;
  onSelect: (name: string) => void;
  filter: string;
  onFilterChange: (filter: string) => void;
}

export function PromptListView({ prompts, selectedName, onSelect, filter, onFilterChange }: PromptListViewProps) {
  const keyboard = useListKeyboard(selectedName);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <SearchField label="Filter prompts" placeholder="Filter by name or title" value={filter} onChange={onFilterChange} {...keyboard.filterProps} />
      <ul aria-label="Prompts" {...keyboard.listProps} className="min-h-0 flex-1 overflow-auto">
        {prompts.map((prompt) => (
          <li key={prompt.name}>
            <button
              type="button"
              aria-current={prompt.name === selectedName ? 'true' : undefined}
              onClick={() => onSelect(prompt.name)}
              className="flex w-full flex-col items-start gap-0.5 px-3 py-1.5 text-left hover:bg-zinc-100 aria-[current=true]:bg-sky-50 dark:hover:bg-zinc-800 dark:aria-[current=true]:bg-sky-950"
            >
              <span className="font-mono text-[13px]">{prompt.name}</span>
              <span className="text-xs text-zinc-500">
                {prompt.title && <span>{prompt.title} · </span>}
                {prompt.arguments.length === 0 ? 'no arguments' : `${prompt.arguments.length} argument${prompt.arguments.length === 1 ? '' : 's'}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
