import { useState } from 'react';
import type { ConnectionSummary, ConnectionTarget } from '../../../shared/connectionTypes';
import { ConnectionFormView } from '../features/connection/ConnectionFormView';
import { ConnectionLifecycleButtons } from '../features/connection/ConnectionLifecycleButtons';
import { ConnectionStatusView } from '../features/connection/ConnectionStatusView';
import { EditConnectionSettingsContext, focusTargetField } from '../features/connection/editConnectionSettings';
import { OpenResourceContext } from '../features/content/openResourceContext';
import { InboxDock } from '../features/inbox/InboxDock';
import { WireFrame } from '../features/wire/WireFrame';
import { Button } from '../ui/Button';
import { SplitPane } from '../ui/SplitPane';
import { Tabs } from '../ui/Tabs';
import { isPaletteKey, paletteKeyLabel, useHotkey } from '../ui/useHotkey';
import { KeptTabPanels } from './KeptTabPanels';
import type { SettingsPane } from './useSettingsPanes';
import { DEFAULT_TAB, firstTabFor, type TabContext, type TabId } from './tabRegistry';
import { useTabItems } from './useTabItems';
import { useWorkspaceNavigation } from './workspaceNavigation';
import { useWorkspaceState } from './useWorkspaceState';
import { WorkspacePalette } from './WorkspacePalette';

export interface ConnectionWorkspaceProps {
  connection: ConnectionSummary;
  launchTarget: ConnectionTarget | undefined;
  onConnected: (connection: ConnectionSummary) => void;
  /** Whether this connection's settings pane is open (kept by the shell across connection switches). */
  settings: SettingsPane;
}

/** The selected connection: status bar, its settings form, the feature tabs and the Ctrl/Cmd+K palette. */
export function ConnectionWorkspace({ connection, launchTarget, onConnected, settings }: ConnectionWorkspaceProps) {
  const workspace = useWorkspaceState(connection.id);
  const tabItems = useTabItems(connection);
  const wanted = workspace.tab ?? firstTabFor(connection);
  // A tab that does not apply (Network after the target became stdio) falls back to the first one.
  const tab = tabItems.some((item) => item.id === wanted) ? wanted : DEFAULT_TAB;
  const navigation = useWorkspaceNavigation(workspace.selectTab);
  const [paletteOpen, setPaletteOpen] = useState(false);
  // A tapped connection's settings are the host's: there is no form to show.
  const tapped = connection.tap !== undefined;
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
  const editSettings = () => {
    settings.setShown(true);
    focusTargetField();
  };

  const actions = (
    <>
      <Button variant="ghost" className="h-6 text-xs" aria-haspopup="dialog" title={`Go to a tool, resource, prompt or view (${paletteKeyLabel()})`} onClick={() => setPaletteOpen(true)}>
        Go to… <kbd className="font-sans text-zinc-400">{paletteKeyLabel()}</kbd>
      </Button>
      <ConnectionControls connection={connection} settings={settings} />
    </>
  );
  const tabs = (
    <Tabs label="Connection views" items={tabItems} selectedId={tab} onSelect={workspace.selectTab}>
      <OpenResourceContext.Provider value={showResource}>
        <EditConnectionSettingsContext.Provider value={editSettings}>
          <KeptTabPanels selected={tab} contextFor={contextFor} />
        </EditConnectionSettingsContext.Provider>
      </OpenResourceContext.Provider>
    </Tabs>
  );
  // The work area: the tabs with the wire pane below them, and the server-request dock.
  const work = (
    <div className="flex h-full min-h-0 flex-col">
      <WireFrame connectionId={connection.id} onShowInLog={workspace.showInLog} logShown={tab === 'log'}>
        {tabs}
      </WireFrame>
      <InboxDock connectionId={connection.id} />
    </div>
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
          firstHidden={tapped || !settings.shown}
          first={
            <div className="h-full overflow-auto">
              <ConnectionFormView key={connection.id} connection={connection} launchTarget={launchTarget} onConnected={onConnected} />
            </div>
          }
          second={work}
        />
      </div>
      {paletteOpen && <WorkspacePalette connection={connection} onOpen={navigation.open} onClose={() => setPaletteOpen(false)} />}
    </div>
  );
}

/** Reconnect, Disconnect and the settings toggle; a tapped connection has none of them (its host owns the server). */
function ConnectionControls({ connection, settings }: { connection: ConnectionSummary; settings: SettingsPane }) {
  if (connection.tap) {
    return (
      <span className="text-xs text-zinc-500 dark:text-zinc-400" title="mcp-inspect tap passes the host's traffic through; start and stop the server from the host">
        the host is the client
      </span>
    );
  }
  return (
    <>
      {!settings.shown && <ConnectionLifecycleButtons connection={connection} />}
      <Button
        variant="ghost"
        className="h-6 text-xs aria-expanded:bg-zinc-200 aria-expanded:text-zinc-900 dark:aria-expanded:bg-zinc-700 dark:aria-expanded:text-zinc-50"
        aria-expanded={settings.shown}
        title={settings.shown ? 'Fold the connection settings away' : 'Show the connection settings: transport, command or URL, capabilities, timeouts'}
        onClick={() => settings.setShown(!settings.shown)}
      >
        Connection settings
      </Button>
    </>
  );
}
