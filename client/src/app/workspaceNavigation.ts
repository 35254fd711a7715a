// Workspace-level navigation, generic over the tab registry: "open tab X, focused on item Y". Each tab
// receives the latest request addressed to it (TabContext.focus) and selects the item itself
// (ui/useFocusableSelection), so the palette, links between tabs and anything later use one way in.
import { useCallback, useState } from 'react';
import type { FocusRequest } from '../features/serverLists/useFocusedSelection';
import type { TabId } from './tabRegistry';

export interface WorkspaceNavigation {
  /** The latest focus request addressed to each tab. */
  focusRequests: Partial<Record<TabId, FocusRequest>>;
  /** Opens a tab; with an item key, that tab shows that item (a tool name, a resource URI …). */
  open: (tab: TabId, itemKey?: string) => void;
}

let lastSerial = 0;

export function useWorkspaceNavigation(selectTab: (tab: TabId) => void): WorkspaceNavigation {
  const [focusRequests, setFocusRequests] = useState<Partial<Record<TabId, FocusRequest>>>({});
  const open = useCallback(
    (tab: TabId, itemKey?: string) => {
      if (itemKey !== undefined) {
        const request: FocusRequest = { itemKey, serial: ++lastSerial };
        setFocusRequests((current) => ({ ...current, [tab]: request }));
      }
      selectTab(tab);
    },
    [selectTab],
  );
  return { focusRequests, open };
}
