import { useState } from 'react';
import type { TabId } from './tabRegistry';

/** Per-connection view state: which tab is open (none until the person picks one) and which log event is selected. */
interface WorkspaceView {
  tab: TabId | undefined;
  selectedSeq: number | undefined;
}

const INITIAL: WorkspaceView = { tab: undefined, selectedSeq: undefined };

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
  };
}
