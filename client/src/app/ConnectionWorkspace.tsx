import { useState } from 'react';
import type { ConnectionSummary, ConnectionTarget } from '../../../shared/connectionTypes';
import { ConnectionFormView } from '../features/connection/ConnectionFormView';
import { ConnectionStatusView } from '../features/connection/ConnectionStatusView';
import { OpenResourceContext } from '../features/content/openResourceContext';
import { InboxDock } from '../features/inbox/InboxDock';
import { WireFrame } from '../features/wire/WireFrame';
import { Button } from '../ui/Button';
import { SplitPane } from '../ui/SplitPane';
import { Tabs } from '../ui/Tabs';
import { isPaletteKey, paletteKeyLabel, useHotkey } from '../ui/useHotkey';
import { useSetting } from '../ui/useSetting';
import { KeptTabPanels } from './KeptTabPanels';
import { DEFAULT_TAB, type TabContext, type TabId } from './tabRegistry';
import { useTabItems } from './useTabItems';
import { useWorkspaceNavigation } from './workspaceNavigation';
import { useWorkspaceState } from './useWorkspaceState';
import { WorkspacePalette } from './WorkspacePalette';

export interface ConnectionWorkspaceProps {
  connection: ConnectionSummary;
  launchTarget: ConnectionTarget | undefined;
  onConnected: (connection: ConnectionSummary) => void;
}

/** The selected connection: status bar, its settings form, the feature tabs and the Ctrl/Cmd+K palette. */
export function ConnectionWorkspace({ connection, launchTarget, onConnected }: ConnectionWorkspaceProps) {
  const workspace = useWorkspaceState(connection.id);
  const tabItems = useTabItems(connection);
  // A tab that does not apply (Network after the target became stdio) falls back to the first one.
  const tab = tabItems.some((item) => item.id === workspace.tab) ? workspace.tab : DEFAULT_TAB;
  const [settingsShown, setSettingsShown] = useSetting<boolean>('settings-shown', true);
  const navigation = useWorkspaceNavigation(workspace.selectTab);
  const [paletteOpen, setPaletteOpen] = useState(false);
  useHotkey(isPaletteKey, () => setPaletteOpen(true));
  const context = {
    connection,
    selectedSeq: workspace.selectedSeq,
    selectSeq: workspace.selectSeq,
    showInLog: workspace.showInLog,
    openItem: navigation.open,
  };
  const contextFor = (tab: TabId): TabContext => ({ ...context, focus: navigation.focusRequests[tab] });
  const showResource = (uri: string) => navigation.open('resources', uri);

  const actions = (
    <>
      <Button variant="ghost" className="h-6 text-xs" aria-haspopup="dialog" title={`Go to a tool, resource, prompt or view (${paletteKeyLabel()})`} onClick={() => setPaletteOpen(true)}>
        Go to… <kbd className="font-sans text-zinc-400">{paletteKeyLabel()}</kbd>
      </Button>
      <Button variant="ghost" className="h-6 text-xs" aria-pressed={settingsShown} onClick={() => setSettingsShown(!settingsShown)}>
        Connection settings
      </Button>
    </>
  );
  const tabs = (
    <Tabs label="Connection views" items={tabItems} selectedId={tab} onSelect={workspace.selectTab}>
      <OpenResourceContext.Provider value={showResource}>
        <KeptTabPanels selected={tab} contextFor={contextFor} />
      </OpenResourceContext.Provider>
    </Tabs>
  );
  return (
    <div className="flex h-full min-h-0 flex-col">
      <ConnectionStatusView connection={connection} actions={actions} />
      <div className="min-h-0 flex-1">
        <SplitPane
          orientation="horizontal"
          storageKey="settings"
          defaultSize={320}
          minSize={240}
          dividerLabel="Resize connection settings"
          firstHidden={!settingsShown}
          first={
            <div className="h-full overflow-auto">
              <ConnectionFormView key={connection.id} connection={connection} launchTarget={launchTarget} onConnected={onConnected} />
            </div>
          }
          second={
            <div className="flex h-full min-h-0 flex-col">
              <WireFrame connectionId={connection.id} onShowInLog={workspace.showInLog} logShown={tab === 'log'}>
                {tabs}
              </WireFrame>
              <InboxDock connectionId={connection.id} />
            </div>
          }
        />
      </div>
      {paletteOpen && <WorkspacePalette connection={connection} onOpen={navigation.open} onClose={() => setPaletteOpen(false)} />}
    </div>
  );
}
