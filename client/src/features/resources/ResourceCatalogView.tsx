// The left side of the Resources tab: one filter over one scrolling list with two sections, the
// server's resources and then its resource templates, each paged on its own.
import type { ReactNode } from 'react';
import { McpRequestError } from '../../api/mcpRequest';
import { SearchField } from '../../ui/SearchField';
import { useListKeyboard } from '../../ui/useListKeyboard';
import { PagedListFooter } from '../serverLists/PagedListFooter';
import { RemovedItemsLine } from '../serverLists/RemovedItemsLine';
import { ResourceListView } from './ResourceListView';
import { TemplateListView } from './TemplateListView';
import type { useResourcesModel } from './useResourcesModel';

function CatalogSection({ title, count, children }: { title: string; count: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col">
      <h3 className="sticky top-0 z-10 border-b border-zinc-200 bg-zinc-50 px-3 py-1 text-[11px] font-semibold tracking-wide text-zinc-500 uppercase dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-400">
        {title}
        {count}
      </h3>
      {children}
    </section>
  );
}

/** A -32601 answer: the server has no such method. */
const isMethodNotFound = (error: Error): boolean => error instanceof McpRequestError && error.mcpError.code === -32601;

/** " (n)", or " (n+)" while more pages wait, or nothing before the first page. */
function countLabel(list: { pageCount: number; items: readonly unknown[]; nextCursor?: string | undefined }): string {
  return list.pageCount === 0 ? '' : ` (${list.items.length}${list.nextCursor ? '+' : ''})`;
}

export function ResourceCatalogView({ model }: { model: ReturnType<typeof useResourcesModel> }) {
  const { list, templateList } = model;
  // One arrow-key order over both sections: resources, then templates.
  const keyboard = useListKeyboard<HTMLDivElement>(model.selectedTemplate?.uriTemplate ?? model.selectedResource?.uri, ':scope > section > ul > li > button');
  const note = 'px-3 py-1 text-xs text-zinc-500 dark:text-zinc-400';
  return (
    <>
      <SearchField label="Filter resources and templates" placeholder="Filter by URI, template, name or title" value={model.filter} onChange={model.setFilter} {...keyboard.filterProps} />
      <div {...keyboard.listProps} className="min-h-0 flex-1 overflow-auto">
        <CatalogSection title="Resources" count={countLabel(list)}>
          {list.isLoading && <p className={note}>Listing resources…</p>}
          {list.error && list.pageCount > 0 && (
            <p role="alert" className="px-3 py-1 text-xs text-red-700 dark:text-red-400">
              {list.error.message}
            </p>
          )}
          {!list.isLoading && !list.error && list.items.length === 0 && <p className={note}>This server lists no resources.</p>}
          <ResourceListView resources={model.shownResources} selectedUri={model.selectedResource?.uri} onSelect={model.selectResource} watch={model.watch} marks={model.drift.marks} />
          <RemovedItemsLine removed={model.drift.removed} />
          <PagedListFooter list={list} noun={{ one: 'resource', other: 'resources' }} refreshedAt={model.refreshedAt} />
        </CatalogSection>
        <CatalogSection title="Resource templates" count={countLabel(templateList)}>
          {templateList.isLoading && <p className={note}>Listing resource templates…</p>}
          {templateList.error &&
            (isMethodNotFound(templateList.error) ? (
              // Servers on older SDKs answer resources and not templates: nothing is broken, there are none.
              <p className={note}>This server does not list resource templates (it answered resources/templates/list with Method not found).</p>
            ) : (
              <p role="alert" className="px-3 py-1 text-xs text-red-700 dark:text-red-400">
                {templateList.error.message}
              </p>
            ))}
          {!templateList.isLoading && !templateList.error && templateList.items.length === 0 && <p className={note}>This server lists no resource templates.</p>}
          <TemplateListView templates={model.shownTemplates} selected={model.selectedTemplate?.uriTemplate} onSelect={model.selectTemplate} marks={model.templateDrift.marks} />
          <RemovedItemsLine removed={model.templateDrift.removed} />
          <PagedListFooter list={templateList} noun={{ one: 'resource template', other: 'resource templates' }} refreshedAt={model.templatesRefreshedAt} />
        </CatalogSection>
      </div>
    </>
  );
}
