// One hook for every paginated server list (tools, resources, templates, prompts): pages fetched on
// demand, every page reachable, the cursor visible, and "load all" for people who want everything.
import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { answersRequests, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { requestResult } from '../../api/mcpRequest';
import { isEarlierAttemptOfList, queryKeys } from '../../api/queryKeys';
import { useInspectorApi } from '../../api/useInspectorApi';
import { LIST_KINDS, readListPage, type ListKind, type ListPage } from './listKinds';
import { declaresCapability } from './useCapabilityGate';

/** A walk that never ends (a server repeating cursors) stops here; the diagnosis names the bug. */
const MAX_PAGES_PER_LOAD_ALL = 1000;

export interface PagedList {
  items: Record<string, unknown>[];
  pageCount: number;
  /** The cursor for the next page, if the server said there is one. */
  nextCursor: string | undefined;
  isLoading: boolean;
  isFetchingMore: boolean;
  error: Error | null;
  loadMore(): void;
  loadAll(): Promise<void>;
  /** Asks again from the first page (after a failure the server may have recovered). */
  retry(): void;
  /** A retry is on its way. */
  isRetrying: boolean;
}

export interface PagedListOptions {
  /** The person pressed "Send anyway": list although the server did not declare the capability. */
  sendUndeclared?: boolean;
}

/** A server list, requested only when the server declared its capability (or the person insists). */
export function usePagedList(connection: ConnectionSummary, kind: ListKind, options: PagedListOptions = {}): PagedList {
  const api = useInspectorApi();
  const { method, capability } = LIST_KINDS[kind];
  const allowed = options.sendUndeclared === true || declaresCapability(connection, capability);
  const queryKey = queryKeys.mcpList(connection.id, connection.attempt, kind);
  const query = useInfiniteQuery({
    queryKey,
    // After a reconnect the previous attempt's list stands in until the new one arrives: the selected item
    // and what was typed for it stay on screen instead of flashing away (another connection's never does).
    placeholderData: (previous: InfiniteData<ListPage, string | undefined> | undefined, previousQuery) => (previousQuery && isEarlierAttemptOfList(previousQuery.queryKey, queryKey) ? previous : undefined),
    queryFn: async ({ pageParam }): Promise<ListPage> => {
      const params = pageParam === undefined ? undefined : { cursor: pageParam };
      return readListPage(kind, await requestResult(api, { connectionId: connection.id, method, params }));
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor,
    enabled: allowed && answersRequests(connection.state),
    staleTime: Infinity,
    retry: false,
  });
  const pages = query.data?.pages;
  const items = useMemo(() => pages?.flatMap((page) => page.items) ?? [], [pages]);
  const { fetchNextPage, hasNextPage, refetch } = query;

  const loadAll = useCallback(async () => {
    let more = hasNextPage;
    for (let i = 0; more && i < MAX_PAGES_PER_LOAD_ALL; i++) {
      const next = await fetchNextPage();
      more = next.hasNextPage && !next.isError;
    }
  }, [fetchNextPage, hasNextPage]);

  return {
    items,
    pageCount: pages?.length ?? 0,
    nextCursor: pages?.at(-1)?.nextCursor,
    isLoading: query.isPending && query.fetchStatus !== 'idle',
    isFetchingMore: query.isFetchingNextPage,
    error: query.error,
    loadMore: () => void fetchNextPage(),
    loadAll,
    retry: () => void refetch(),
    isRetrying: query.isRefetching,
  };
}
