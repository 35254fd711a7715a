// The prompts of a server: a filter, then one row per prompt (name, title, argument count).
import { SearchField } from '../../ui/SearchField';
import { SelectableList } from '../../ui/SelectableList';
import { useListKeyboard } from '../../ui/useListKeyboard';
import type { PromptFacts } from './promptFacts';

export interface PromptListViewProps {
  prompts: readonly PromptFacts[];
  selectedName: string | undefined;
  onSelect: (name: string) => void;
  filter: string;
  onFilterChange: (filter: string) => void;
}

const promptName = (prompt: PromptFacts) => prompt.name;

function promptRow(prompt: PromptFacts) {
  const count = prompt.arguments.length;
  return (
    <>
      <span className="font-mono text-[13px]">{prompt.name}</span>
      <span className="text-xs text-zinc-500">
        {prompt.title && <span>{prompt.title} · </span>}
        {count === 0 ? 'no arguments' : `${count} argument${count === 1 ? '' : 's'}`}
      </span>
    </>
  );
}

export function PromptListView({ prompts, selectedName, onSelect, filter, onFilterChange }: PromptListViewProps) {
  const keyboard = useListKeyboard(selectedName);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <SearchField label="Filter prompts" placeholder="Filter by name or title" value={filter} onChange={onFilterChange} {...keyboard.filterProps} />
      <SelectableList
        label="Prompts"
        items={prompts}
        keyOf={promptName}
        selectedKey={selectedName}
        onSelect={onSelect}
        renderRow={promptRow}
        keyboard={keyboard.listProps}
        className="min-h-0 flex-1 overflow-auto"
      />
    </div>
  );
}
