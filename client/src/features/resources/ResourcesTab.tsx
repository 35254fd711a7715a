// The Resources tab: the server's resources and resource templates (paged, filterable), and the
// selected one read (a resource) or ready to expand (a template).
import { answersRequests, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { SearchField } from '../../ui/SearchField';
import { useListKeyboard } from '../../ui/useListKeyboard';
import { PagedListFooter } from '../serverLists/PagedListFooter';
import { UndeclaredCapabilityView } from '../serverLists/UndeclaredCapabilityView';
import type { FocusRequest } from '../serverLists/useFocusedSelection';
import { ResourceDetailView } from './ResourceDetailView';
import { ResourceListView } from './ResourceListView';
import { ResourceTemplateView } from './ResourceTemplateView';
import { TemplateListView } from './TemplateListView';
import { useResourcesModel } from './useResourcesModel';

export interface ResourcesTabProps {
  connection: ConnectionSummary;
  /** A URI to show, requested from another tab (e.g. a clicked resource link). */
  focus?: FocusRequest;
}

export function ResourcesTab({ connection, focus }: ResourcesTabProps) {
  const model = useResourcesModel(connection, focus);
  const { list, templateList, mode } = model;
  const keyboard = useListKeyboard(mode === 'resources' ? model.selectedResource?.uri : model.selectedTemplate?.uriTemplate);

  if (connection.handshake && !model.gate.open) return <UndeclaredCapabilityView gate={model.gate} methods={['resources/list', 'resources/templates/list']} />;
  if (!answersRequests(connection.state) && list.pageCount === 0) return <EmptyState title="Not connected">Connect to the server to list its resources.</EmptyState>;
  if (list.error && list.pageCount === 0 && !model.selectedResource) {
    return (
      <EmptyState title="Could not list resources" tone="danger">
        {list.error.message}
      </EmptyState>
    );
  }
  const templateCount = templateList.pageCount === 0 ? '' : ` (${templateList.items.length}${templateList.nextCursor ? '+' : ''})`;
  return (
    <div className="flex h-full min-h-0">
      <div className="flex w-80 shrink-0 flex-col border-r border-zinc-200 dark:border-zinc-700">
        <div role="group" aria-label="Resource lists" className="flex gap-1 px-2 pt-2">
          <Button variant="ghost" className="h-6 text-xs" aria-pressed={mode === 'resources'} onClick={() => model.setMode('resources')}>
            Resources
          </Button>
          <Button variant="ghost" className="h-6 text-xs" aria-pressed={mode === 'templates'} onClick={() => model.setMode('templates')}>
            Templates{templateCount}
          </Button>
        </div>
        <SearchField
          label={mode === 'resources' ? 'Filter resources' : 'Filter resource templates'}
          placeholder={mode === 'resources' ? 'Filter by URI, name or title' : 'Filter by template, name or title'}
          value={model.filter}
          onChange={model.setFilter}
          {...keyboard.filterProps}
        />
        {mode === 'resources' ? (
          <>
            {list.isLoading && <p className="px-3 text-xs text-zinc-500">Listing resources…</p>}
            <ResourceListView resources={model.shownResources} selectedUri={model.selectedResource?.uri} onSelect={model.selectResource} watch={model.watch} keyboard={keyboard.listProps} />
            <PagedListFooter list={list} noun={{ one: 'resource', other: 'resources' }} refreshedAt={model.refreshedAt} />
          </>
        ) : (
          <>
            {templateList.isLoading && <p className="px-3 text-xs text-zinc-500">Listing resource templates…</p>}
            {templateList.error && (
              <p role="alert" className="px-3 text-xs text-red-700 dark:text-red-400">
                {templateList.error.message}
              </p>
            )}
            {!templateList.isLoading && !templateList.error && templateList.items.length === 0 && (
              <p className="px-3 text-xs text-zinc-500">This server lists no resource templates.</p>
            )}
            <TemplateListView templates={model.shownTemplates} selected={model.selectedTemplate?.uriTemplate} onSelect={model.selectTemplate} keyboard={keyboard.listProps} />
            <PagedListFooter list={templateList} noun={{ one: 'resource template', other: 'resource templates' }} refreshedAt={model.templatesRefreshedAt} />
          </>
        )}
      </div>
      <div className="min-w-0 flex-1 overflow-auto">
        {model.selectedTemplate ? (
          <ResourceTemplateView key={model.selectedTemplate.uriTemplate} connection={connection} template={model.selectedTemplate} />
        ) : model.selectedResource ? (
          <ResourceDetailView
            key={model.selectedResource.uri}
            connection={connection}
            resource={model.selectedResource}
            origin={model.selectedUnlisted ? 'not in the loaded list' : undefined}
          />
        ) : (
          <EmptyState title="Nothing selected">Pick a resource on the left to read it, or a template to fill in its variables.</EmptyState>
        )}
      </div>
    </div>
  );
}
