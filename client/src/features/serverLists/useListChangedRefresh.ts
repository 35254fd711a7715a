// `notifications/*/list_changed` refreshes the affected list, and says so: returns the time of the
// last refresh it caused, for the list to show.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { useInspectorClient } from '../../api/inspectorContext';
import { queryKeys } from '../../api/queryKeys';
import { LIST_KINDS, type ListKind } from './listKinds';

export function useListChangedRefresh(connection: ConnectionSummary, kind: ListKind): number | undefined {
  const { log } = useInspectorClient();
  const queryClient = useQueryClient();
  const [refreshedAt, setRefreshedAt] = useState<number>();
  const { id: connectionId, attempt } = connection;

  useEffect(() => {
    const notification = LIST_KINDS[kind].changedNotification;
    // Only notifications that arrive from now on: the list is fetched fresh when the tab opens.
    let seen = log.getSnapshot(connectionId).count;
    return log.subscribe(connectionId, () => {
      const snapshot = log.getSnapshot(connectionId);
      let changed = false;
      for (let i = seen; i < snapshot.count; i++) {
        const entry = snapshot.entries[i];
        if (entry?.kind === 'notification' && entry.direction === 'incoming' && entry.method === notification) changed = true;
      }
      seen = snapshot.count;
      if (!changed) return;
      // Invalidation re-fetches every page already loaded, so the user keeps their place in a long list.
      void queryClient.invalidateQueries({ queryKey: queryKeys.mcpList(connectionId, attempt, kind) });
      setRefreshedAt(Date.now());
    });
  }, [log, queryClient, connectionId, attempt, kind]);

  return refreshedAt;
}
