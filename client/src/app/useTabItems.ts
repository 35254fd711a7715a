import { useMemo } from 'react';
import { useConnectionFindings } from '../api/useConnectionFindings';
import { useServerRequests } from '../api/useServerRequests';
import { TAB_ITEMS, type TabId } from './tabRegistry';

/** The tab strip's items for a connection; Diagnoses and Inbox name how many findings or waiting requests there are. */
export function useTabItems(connectionId: string): readonly { id: TabId; label: string }[] {
  const findingCount = useConnectionFindings(connectionId).findings.length;
  const waitingCount = useServerRequests(connectionId).pending.length;
  return useMemo(() => {
    const counts: Partial<Record<TabId, number>> = { diagnoses: findingCount, inbox: waitingCount };
    return TAB_ITEMS.map((item) => {
      const count = counts[item.id] ?? 0;
      return count > 0 ? { ...item, label: `${item.label} (${count})` } : item;
    });
  }, [findingCount, waitingCount]);
}
