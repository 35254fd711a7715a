import { useMemo } from 'react';
import { useConnectionFindings } from '../api/useConnectionFindings';
import { useServerRequests } from '../api/useServerRequests';
import { useActiveTaskCount } from '../features/tasks/useConnectionTasks';
import { TAB_ITEMS, type TabId } from './tabRegistry';

/** The tab strip's items for a connection; Diagnoses, Inbox and Tasks name how many findings, waiting requests or running tasks there are. */
export function useTabItems(connectionId: string): readonly { id: TabId; label: string }[] {
  const findingCount = useConnectionFindings(connectionId).findings.length;
  const waitingCount = useServerRequests(connectionId).pending.length;
  const taskCount = useActiveTaskCount(connectionId);
  return useMemo(() => {
    const counts: Partial<Record<TabId, number>> = { diagnoses: findingCount, inbox: waitingCount, tasks: taskCount };
    return TAB_ITEMS.map((item) => {
      const count = counts[item.id] ?? 0;
      return count > 0 ? { ...item, label: `${item.label} (${count})` } : item;
    });
  }, [findingCount, waitingCount, taskCount]);
}
