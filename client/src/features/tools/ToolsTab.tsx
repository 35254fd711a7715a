// The Tools tab: every tool of the server (paged, filterable) and the selected one, ready to call.
import { answersRequests, canSend, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { EmptyState } from '../../ui/EmptyState';
import { MasterDetail } from '../../ui/MasterDetail';
import type { FocusRequest } from '../serverLists/useFocusedSelection';
import { ListFailedView } from '../serverLists/ListFailedView';
import { PagedListFooter } from '../serverLists/PagedListFooter';
import { RemovedItemsLine } from '../serverLists/RemovedItemsLine';
import { UndeclaredCapabilityView } from '../serverLists/UndeclaredCapabilityView';
import { useNamedListModel, type NamedListKind } from '../serverLists/useNamedListModel';
import { ToolDetailView } from './ToolDetailView';
import { ToolListView } from './ToolListView';
import { readToolFacts, type ToolFacts } from './toolFacts';

export interface ToolsTabProps {
  connection: ConnectionSummary;
  /** Set when another part of the workspace asks to show one item (e.g. the command palette). */
  focus?: FocusRequest;
}

const TOOLS: NamedListKind<ToolFacts> = { kind: 'tools', read: readToolFacts };

export function ToolsTab({ connection, focus }: ToolsTabProps) {
  const { gate, list, refreshedAt, drift, filter, setFilter, shown, selectedName, setSelectedName, selected, selectedMark, detailRef } = useNamedListModel(connection, focus, TOOLS);
  const connected = canSend(connection);

  if (connection.handshake && !gate.open) return <UndeclaredCapabilityView gate={gate} methods={['tools/list']} />;
  if (!answersRequests(connection.state) && list.pageCount === 0) return <EmptyState title="Not connected">Connect to the server to list its tools.</EmptyState>;
  if (list.error && list.pageCount === 0) {
    return (
      <ListFailedView noun="tools" list={list} />
    );
  }
  return (
    <MasterDetail
      detailRef={detailRef}
      list={
        <>
          {list.isLoading ? <p className="p-3 text-xs text-zinc-500">Listing tools…</p> : null}
          <ToolListView tools={shown} marks={drift.marks} selectedName={selectedName} onSelect={setSelectedName} filter={filter} onFilterChange={setFilter} />
          <RemovedItemsLine removed={drift.removed} />
          <PagedListFooter list={list} noun={{ one: 'tool', other: 'tools' }} refreshedAt={refreshedAt} />
        </>
      }
      detail={
        selected ? (
          <ToolDetailView tool={selected} mark={selectedMark} connectionId={connection.id} connected={connected} watchOnly={connection.tap !== undefined} />
        ) : (
          <EmptyState title="No tool selected">{connection.tap ? 'Pick a tool on the left to see its schema; the host calls it.' : 'Pick a tool on the left to see its schema and call it.'}</EmptyState>
        )
      }
    />
  );
}
