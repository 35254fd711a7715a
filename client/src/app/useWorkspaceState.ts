import { useState } from 'react';
import { DEFAULT_TAB, type TabId } from './tabRegistry';
import { focusOn, type WorkspaceFocus } from './workspaceNavigation';

/** Per-connection view state: which tab is open and which log event is selected. */
interface WorkspaceView {
  tab: TabId;
  selectedSeq: number | undefined;
  /** The last "open tab X on item Y" request. */
  focus?: WorkspaceFocus;
}

const INITIAL: WorkspaceView = { tab: DEFAULT_TAB, selectedSeq: undefined };

/** Remembers each connection's tab and log selection while the user moves between connections. */
export function useWorkspaceState(connectionId: string) {
  const [views, setViews] = useState<Readonly<Record<string, WorkspaceView>>>({});
  const view = views[connectionId] ?? INITIAL;
  const update = (patch: Partial<WorkspaceView>) => setViews({ ...views, [connectionId]: { ...view, ...patch } });
  return {
    tab: view.tab,
    selectedSeq: view.selectedSeq,
    selectTab: (tab: TabId) => update({ tab }),
    selectSeq: (selectedSeq: number | undefined) => update({ selectedSeq }),
    showInLog: (selectedSeq: number) => update({ tab: 'log', selectedSeq }),
    focus: view.focus,
    /** Opens a tab focused on one item (a resource URI, a prompt name, a tool name). */
    openItem: (tab: TabId, itemId: string) => update({ tab, focus: focusOn(tab, itemId) }),
  };
}
