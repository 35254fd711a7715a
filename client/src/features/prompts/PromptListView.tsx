// The prompts of a server: a filter, then one row per prompt (name, what changed, title, argument count).
import { useCallback } from 'react';
import { SearchField } from '../../ui/SearchField';
import { SelectableList } from '../../ui/SelectableList';
import { useListKeyboard } from '../../ui/useListKeyboard';
import { DriftBadge } from '../serverLists/DriftBadge';
import type { DriftMark } from '../serverLists/listDrift';
import type { PromptFacts } from './promptFacts';

export interface PromptListViewProps {
  prompts: readonly PromptFacts[];
  /** How prompts differ from the list as first listed in this session, by name. */
  marks?: ReadonlyMap<string, DriftMark>;
  selectedName: string | undefined;
  onSelect: (name: string) => void;
  filter: string;
  onFilterChange: (filter: string) => void;
}

const promptName = (prompt: PromptFacts) => prompt.name;

function promptRow(prompt: PromptFacts, mark: DriftMark | undefined) {
  const count = prompt.arguments.length;
  return (
    <>
      <span className="flex items-center gap-1">
        <span className="font-mono text-[13px]">{prompt.name}</span>
        <DriftBadge mark={mark} />
      </span>
      <span className="text-xs text-zinc-500">
        {prompt.title && <span>{prompt.title} · </span>}
        {count === 0 ? 'no arguments' : `${count} argument${count === 1 ? '' : 's'}`}
      </span>
    </>
  );
}

export function PromptListView({ prompts, marks, selectedName, onSelect, filter, onFilterChange }: PromptListViewProps) {
  const keyboard = useListKeyboard(selectedName);
  // New with each change of the marks only, so the rows re-render when a mark comes or goes.
  const renderRow = useCallback((prompt: PromptFacts) => promptRow(prompt, marks?.get(prompt.name)), [marks]);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <SearchField label="Filter prompts" placeholder="Filter by name or title" value={filter} onChange={onFilterChange} {...keyboard.filterProps} />
      <SelectableList
        label="Prompts"
        items={prompts}
        keyOf={promptName}
        selectedKey={selectedName}
        onSelect={onSelect}
        renderRow={renderRow}
        keyboard={keyboard.listProps}
        className="min-h-0 flex-1 overflow-auto"
      />
    </div>
  );
}
