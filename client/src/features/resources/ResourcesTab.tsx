// The Resources tab: every resource of the server (paged, filterable) and the selected one, read.
import { useMemo, useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { EmptyState } from '../../ui/EmptyState';
import { useFocusableSelection, type FocusRequest } from '../../ui/useFocusableSelection';
import { SearchField } from '../../ui/SearchField';
import { PagedListFooter } from '../serverLists/PagedListFooter';
import { useListChangedRefresh } from '../serverLists/useListChangedRefresh';
import { usePagedList } from '../serverLists/usePagedList';
import { ResourceDetailView } from './ResourceDetailView';
import { readResourceFacts, resourceMatches, type ResourceFacts } from './resourceFacts';

export interface ResourcesTabProps {
  connection: ConnectionSummary;
  /** Set when another part of the workspace asks to show one item (e.g. the command palette). */
  focus?: FocusRequest;
}

export function ResourcesTab({ connection, focus }: ResourcesTabProps) {
  const list = usePagedList(connection, 'resources');
  const refreshedAt = useListChangedRefresh(connection, 'resources');
  const [filter, setFilter] = useState('');
  const [selectedUri, setSelectedUri] = useFocusableSelection(focus);
  const resources = useMemo(() => list.items.flatMap((item) => readResourceFacts(item) ?? []), [list.items]);
  const shown = useMemo(() => resources.filter((resource) => resourceMatches(resource, filter)), [resources, filter]);
  const selected: ResourceFacts | undefined = resources.find((resource) => resource.uri === selectedUri);

  if (connection.handshake && !('resources' in connection.handshake.serverCapabilities)) {
    return <EmptyState title="No resources">This server did not declare the resources capability in its initialize response.</EmptyState>;
  }
  if (connection.state !== 'connected' && list.pageCount === 0) return <EmptyState title="Not connected">Connect to the server to list its resources.</EmptyState>;
  if (list.error && list.pageCount === 0) {
    return (
      <EmptyState title="Could not list resources" tone="danger">
        {list.error.message}
      </EmptyState>
    );
  }
  return (
    <div className="flex h-full min-h-0">
      <div className="flex w-80 shrink-0 flex-col border-r border-zinc-200 dark:border-zinc-700">
        <SearchField label="Filter resources" placeholder="Filter by URI, name or title" value={filter} onChange={setFilter} />
        <ul aria-label="Resources" className="min-h-0 flex-1 overflow-auto">
          {shown.map((resource) => (
            <li key={resource.uri}>
              <button
                type="button"
                aria-current={resource.uri === selectedUri ? 'true' : undefined}
                onClick={() => setSelectedUri(resource.uri)}
                className="flex w-full flex-col items-start px-3 py-1.5 text-left hover:bg-zinc-100 aria-[current=true]:bg-sky-50 dark:hover:bg-zinc-800 dark:aria-[current=true]:bg-sky-950"
              >
                <span className="text-[13px]">{resource.title ?? resource.name}</span>
                <span className="truncate font-mono text-xs text-zinc-500">{resource.uri}</span>
              </button>
            </li>
          ))}
        </ul>
        <PagedListFooter list={list} noun="resources" refreshedAt={refreshedAt} />
      </div>
      <div className="min-w-0 flex-1 overflow-auto">
        {selected ? (
          <ResourceDetailView key={selected.uri} connection={connection} resource={selected} />
        ) : (
          <EmptyState title="No resource selected">Pick a resource on the left to read it.</EmptyState>
        )}
      </div>
    </div>
  );
}
