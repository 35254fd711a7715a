// The Prompts tab: every prompt of the server (paged, filterable) and the selected one, ready to get.
import { useMemo, useRef, useState } from 'react';
import { answersRequests, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { EmptyState } from '../../ui/EmptyState';
import { MasterDetail } from '../../ui/MasterDetail';
import { useFocusFirstField } from '../../ui/useFocusFirstField';
import { PagedListFooter } from '../serverLists/PagedListFooter';
import { useListChangedRefresh } from '../serverLists/useListChangedRefresh';
import { usePagedList } from '../serverLists/usePagedList';
import { UndeclaredCapabilityView } from '../serverLists/UndeclaredCapabilityView';
import { useCapabilityGate } from '../serverLists/useCapabilityGate';
import { useFocusedSelection, type FocusRequest } from '../serverLists/useFocusedSelection';
import { PromptDetailView } from './PromptDetailView';
import { PromptListView } from './PromptListView';
import { promptMatches, readPromptFacts } from './promptFacts';

export interface PromptsTabProps {
  connection: ConnectionSummary;
  /** A prompt to select, requested from elsewhere in the workspace (its name). */
  focus?: FocusRequest;
}

export function PromptsTab({ connection, focus }: PromptsTabProps) {
  const gate = useCapabilityGate(connection, 'prompts');
  const list = usePagedList(connection, 'prompts', { sendUndeclared: gate.open });
  const refreshedAt = useListChangedRefresh(connection, 'prompts');
  const [filter, setFilter] = useState('');
  const [selectedName, setSelectedName] = useFocusedSelection(focus, (name) => name, () => setFilter(''));
  const detailRef = useRef<HTMLDivElement>(null);
  useFocusFirstField(detailRef, focus?.serial);
  const prompts = useMemo(() => list.items.flatMap((item) => readPromptFacts(item) ?? []), [list.items]);
  const shown = useMemo(() => prompts.filter((prompt) => promptMatches(prompt, filter)), [prompts, filter]);
  const selected = prompts.find((prompt) => prompt.name === selectedName);

  if (connection.handshake && !gate.open) return <UndeclaredCapabilityView gate={gate} methods={['prompts/list']} />;
  if (!answersRequests(connection.state) && list.pageCount === 0) return <EmptyState title="Not connected">Connect to the server to list its prompts.</EmptyState>;
  if (list.error && list.pageCount === 0) {
    return (
      <EmptyState title="Could not list prompts" tone="danger">
        {list.error.message}
      </EmptyState>
    );
  }
  return (
    <MasterDetail
      detailRef={detailRef}
      list={
        <>
          {list.isLoading && <p className="p-3 text-xs text-zinc-500">Listing prompts…</p>}
          {!list.isLoading && list.pageCount > 0 && prompts.length === 0 && <p className="p-3 text-xs text-zinc-500">The server lists no prompts.</p>}
          <PromptListView prompts={shown} selectedName={selectedName} onSelect={setSelectedName} filter={filter} onFilterChange={setFilter} />
          <PagedListFooter list={list} noun={{ one: 'prompt', other: 'prompts' }} refreshedAt={refreshedAt} />
        </>
      }
      detail={
        selected ? (
          <PromptDetailView key={`${connection.id}/${selected.name}`} connection={connection} prompt={selected} />
        ) : (
          <EmptyState title="No prompt selected">Pick a prompt on the left to fill in its arguments and get it.</EmptyState>
        )
      }
    />
  );
}
