import { useMemo } from 'react';
import { useConnectionFindings } from '../api/useConnectionFindings';
import { TAB_ITEMS, type TabId } from './tabRegistry';

/** The tab strip's items for a connection; the Diagnoses tab names how many findings there are. */
export function useTabItems(connectionId: string): readonly { id: TabId; label: string }[] {
  const findingCount = useConnectionFindings(connectionId).findings.length;
  return useMemo(
    () => TAB_ITEMS.map((item) => (item.id === 'diagnoses' && findingCount > 0 ? { ...item, label: `${item.label} (${findingCount})` } : item)),
    [findingCount],
  );
}
