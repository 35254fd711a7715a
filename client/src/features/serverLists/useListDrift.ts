// How a server list on screen differs from the same list as first listed in this session (see listDrift).
import { useMemo } from 'react';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { listDrift, type ListDrift } from './listDrift';
import type { ListKind } from './listKinds';
import { useInterfaceHistory } from './useInterfaceHistory';
import type { PagedList } from './usePagedList';

export function useListDrift(connection: ConnectionSummary, kind: ListKind, list: PagedList): ListDrift {
  const { baselines, firstCalls } = useInterfaceHistory(connection.id);
  const baseline = baselines[kind];
  const complete = list.pageCount > 0 && list.nextCursor === undefined;
  return useMemo(
    () => listDrift(kind, baseline, { items: list.items, complete }, kind === 'tools' ? firstCalls : undefined),
    [kind, baseline, list.items, complete, firstCalls],
  );
}
