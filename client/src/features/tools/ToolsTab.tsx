// The Tools tab: every tool of the server (paged, filterable) and the selected one, ready to call.
import { useMemo, useRef, useState } from 'react';
import { answersRequests, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { EmptyState } from '../../ui/EmptyState';
import { MasterDetail } from '../../ui/MasterDetail';
import { useFocusFirstField } from '../../ui/useFocusFirstField';
import { useFocusedSelection, type FocusRequest } from '../serverLists/useFocusedSelection';
import { PagedListFooter } from '../serverLists/PagedListFooter';
import { useListChangedRefresh } from '../serverLists/useListChangedRefresh';
import { usePagedList } from '../serverLists/usePagedList';
import { UndeclaredCapabilityView } from '../serverLists/UndeclaredCapabilityView';
import { useCapabilityGate } from '../serverLists/useCapabilityGate';
import { ToolDetailView } from './ToolDetailView';
import { ToolListView } from './ToolListView';
import { readToolFacts, toolMatches } from './toolFacts';

export interface ToolsTabProps {
  connection: ConnectionSummary;
  /** Set when another part of the workspace asks to show one item (e.g. the command palette). */
  focus?: FocusRequest;
}

export function ToolsTab({ connection, focus }: ToolsTabProps) {
  const gate = useCapabilityGate(connection, 'tools');
  const list = usePagedList(connection, 'tools', { sendUndeclared: gate.open });
  const refreshedAt = useListChangedRefresh(connection, 'tools');
  const [filter, setFilter] = useState('');
  const [selectedName, setSelectedName] = useFocusedSelection(focus, (name) => name, () => setFilter(''));
  const detailRef = useRef<HTMLDivElement>(null);
  useFocusFirstField(detailRef, focus?.serial);
  const tools = useMemo(() => list.items.map(readToolFacts), [list.items]);
  const shown = useMemo(() => tools.filter((tool) => toolMatches(tool, filter)), [tools, filter]);
  const selected = tools.find((tool) => tool.name === selectedName);
  const connected = connection.state === 'connected';

  if (connection.handshake && !gate.open) return <UndeclaredCapabilityView gate={gate} methods={['tools/list']} />;
  if (!answersRequests(connection.state) && list.pageCount === 0) return <EmptyState title="Not connected">Connect to the server to list its tools.</EmptyState>;
  if (list.error && list.pageCount === 0) {
    return (
      <EmptyState title="Could not list tools" tone="danger">
        {list.error.message}
      </EmptyState>
    );
  }
  return (
    <MasterDetail
      detailRef={detailRef}
      list={
        <>
          {list.isLoading ? <p className="p-3 text-xs text-zinc-500">Listing tools…</p> : null}
          <ToolListView tools={shown} selectedName={selectedName} onSelect={setSelectedName} filter={filter} onFilterChange={setFilter} />
          <PagedListFooter list={list} noun={{ one: 'tool', other: 'tools' }} refreshedAt={refreshedAt} />
        </>
      }
      detail={
        selected ? (
          <ToolDetailView tool={selected} connectionId={connection.id} connected={connected} />
        ) : (
          <EmptyState title="No tool selected">Pick a tool on the left to see its schema and call it.</EmptyState>
        )
      }
    />
  );
}
