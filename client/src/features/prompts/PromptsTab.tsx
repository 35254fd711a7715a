// The Prompts tab: every prompt of the server (paged, filterable) and the selected one, ready to get.
import { answersRequests, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { EmptyState } from '../../ui/EmptyState';
import { MasterDetail } from '../../ui/MasterDetail';
import { ListFailedView } from '../serverLists/ListFailedView';
import { PagedListFooter } from '../serverLists/PagedListFooter';
import { RemovedItemsLine } from '../serverLists/RemovedItemsLine';
import { UndeclaredCapabilityView } from '../serverLists/UndeclaredCapabilityView';
import type { FocusRequest } from '../serverLists/useFocusedSelection';
import { useNamedListModel, type NamedListKind } from '../serverLists/useNamedListModel';
import { PromptDetailView } from './PromptDetailView';
import { PromptListView } from './PromptListView';
import { readPromptFacts, type PromptFacts } from './promptFacts';

export interface PromptsTabProps {
  connection: ConnectionSummary;
  /** A prompt to select, requested from elsewhere in the workspace (its name). */
  focus?: FocusRequest;
}

const PROMPTS: NamedListKind<PromptFacts> = { kind: 'prompts', read: readPromptFacts };

export function PromptsTab({ connection, focus }: PromptsTabProps) {
  const { gate, list, refreshedAt, drift, filter, setFilter, items: prompts, shown, selectedName, setSelectedName, selected, selectedMark, detailRef } = useNamedListModel(connection, focus, PROMPTS);

  if (connection.handshake && !gate.open) return <UndeclaredCapabilityView gate={gate} methods={['prompts/list']} />;
  if (!answersRequests(connection.state) && list.pageCount === 0) return <EmptyState title="Not connected">Connect to the server to list its prompts.</EmptyState>;
  if (list.error && list.pageCount === 0) {
    return (
      <ListFailedView noun="prompts" list={list} />
    );
  }
  return (
    <MasterDetail
      detailRef={detailRef}
      list={
        <>
          {list.isLoading && <p className="p-3 text-xs text-zinc-500">Listing prompts…</p>}
          {!list.isLoading && list.pageCount > 0 && prompts.length === 0 && <p className="p-3 text-xs text-zinc-500">The server lists no prompts.</p>}
          <PromptListView prompts={shown} marks={drift.marks} selectedName={selectedName} onSelect={setSelectedName} filter={filter} onFilterChange={setFilter} />
          <RemovedItemsLine removed={drift.removed} />
          <PagedListFooter list={list} noun={{ one: 'prompt', other: 'prompts' }} refreshedAt={refreshedAt} />
        </>
      }
      detail={
        selected ? (
          <PromptDetailView key={`${connection.id}/${selected.name}`} connection={connection} prompt={selected} mark={selectedMark} />
        ) : (
          <EmptyState title="No prompt selected">Pick a prompt on the left to fill in its arguments and get it.</EmptyState>
        )
      }
    />
  );
}
