// The foot of any paged server list: how much is loaded, the next cursor, and the ways to load more.
import { Button } from '../../ui/Button';
import { pagedListSummary, type ListNoun } from './pagedListSummary';
import type { PagedList } from './usePagedList';

export interface PagedListFooterProps {
  list: PagedList;
  /** What the list holds, in the singular and the plural. */
  noun: ListNoun;
  /** When a list_changed notification last refreshed the list. */
  refreshedAt: number | undefined;
}

export function PagedListFooter({ list, noun, refreshedAt }: PagedListFooterProps) {
  return (
    <div className="flex flex-col gap-1 border-t border-zinc-200 p-2 text-xs text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
      <div aria-live="polite">
        {pagedListSummary(list.items.length, list.pageCount, noun)}
        {refreshedAt !== undefined && <span> · refreshed after list_changed at {new Date(refreshedAt).toLocaleTimeString()}</span>}
      </div>
      {list.nextCursor !== undefined && (
        <>
          <div className="truncate font-mono" title={list.nextCursor}>
            next cursor: {list.nextCursor}
          </div>
          <div className="flex gap-2">
            <Button onClick={list.loadMore} disabled={list.isFetchingMore}>
              Load next page
            </Button>
            <Button onClick={() => void list.loadAll()} disabled={list.isFetchingMore}>
              Load all
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
