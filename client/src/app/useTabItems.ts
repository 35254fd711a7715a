import { useMemo } from 'react';
import { isInspectorCaused } from '../../../shared/diagnosis/finding';
import { useConnectionFindings } from '../api/useConnectionFindings';
import { useServerRequests } from '../api/useServerRequests';
import { useActiveTaskCount } from '../features/tasks/useConnectionTasks';
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import { TAB_ITEMS, tabsFor, type TabId } from './tabRegistry';

/**
 * The tab strip's items for a connection (those that apply to its transport); Diagnoses, Inbox and
 * Tasks name how many findings, waiting requests or running tasks there are; Faults how many rules are
 * on (a fault acting on the traffic must never go unnoticed).
 */
export function useTabItems(connection: Pick<ConnectionSummary, 'id' | 'target' | 'settings'>): readonly { id: TabId; label: string }[] {
  const connectionId = connection.id;
  const transport = connection.target.transport;
  // Findings the inspector's own requests caused are listed apart in the tab, not counted here.
  const findingCount = useConnectionFindings(connectionId).findings.filter((finding) => !isInspectorCaused(finding)).length;
  const waitingCount = useServerRequests(connectionId).pending.length;
  const taskCount = useActiveTaskCount(connectionId);
  const faultCount = (connection.settings?.faults ?? []).filter((entry) => entry.enabled).length;
  return useMemo(() => {
    const counts: Partial<Record<TabId, number>> = { diagnoses: findingCount, inbox: waitingCount, tasks: taskCount, faults: faultCount };
    const applies = new Set(tabsFor(transport));
    return TAB_ITEMS.filter((item) => applies.has(item.id)).map((item) => {
      const count = counts[item.id] ?? 0;
      return count > 0 ? { ...item, label: `${item.label} (${count})` } : item;
    });
  }, [transport, findingCount, waitingCount, taskCount, faultCount]);
}
