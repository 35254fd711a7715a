// The palette's entries for a connection, read from the TanStack Query cache of the paged lists (what
// the UI has loaded), re-read whenever one of those lists changes.
import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import { queryKeys } from '../api/queryKeys';
import type { ListKind, ListPage } from '../features/serverLists/listKinds';
import { paletteEntries, paletteListKinds, type WorkspacePaletteEntry } from './paletteEntries';
import { tabsFor } from './tabRegistry';

export function usePaletteEntries(connection: Pick<ConnectionSummary, 'id' | 'attempt' | 'target'>): { entries: WorkspacePaletteEntry[]; counts: Partial<Record<ListKind, number>> } {
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  const keyOf = useCallback((kind: ListKind) => queryKeys.mcpList(connection.id, connection.attempt, kind), [connection.id, connection.attempt]);
  // A primitive snapshot (when each list last changed), so unrelated cache updates do not re-render.
  const version = useSyncExternalStore(
    useCallback((onChange) => cache.subscribe(onChange), [cache]),
    () => paletteListKinds().map((kind) => cache.find({ queryKey: keyOf(kind), exact: true })?.state.dataUpdatedAt ?? 0).join(','),
  );
  const transport = connection.target.transport;
  return useMemo(() => {
    void version;
    const lists: Partial<Record<ListKind, Record<string, unknown>[]>> = {};
    for (const kind of paletteListKinds()) {
      const data = queryClient.getQueryData<InfiniteData<ListPage>>(keyOf(kind));
      if (data) lists[kind] = data.pages.flatMap((page) => page.items);
    }
    const counts = Object.fromEntries(Object.entries(lists).map(([kind, items]) => [kind, items.length]));
    return { entries: paletteEntries(lists, tabsFor(transport)), counts };
  }, [queryClient, keyOf, version, transport]);
}
