import type { ConnectionSummary, ConnectionTarget } from '../../../shared/connectionTypes';
import { ConnectionFormView } from '../features/connection/ConnectionFormView';
import { ConnectionStatusView } from '../features/connection/ConnectionStatusView';
import { InboxDock } from '../features/inbox/InboxDock';
import { Button } from '../ui/Button';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { SplitPane } from '../ui/SplitPane';
import { Tabs } from '../ui/Tabs';
import { useSetting } from '../ui/useSetting';
import { TABS } from './tabRegistry';
import { useTabItems } from './useTabItems';
import { useWorkspaceState } from './useWorkspaceState';

export interface ConnectionWorkspaceProps {
  connection: ConnectionSummary;
  launchTarget: ConnectionTarget | undefined;
  onConnected: (connection: ConnectionSummary) => void;
}

/** The selected connection: status bar, its settings form, and the feature tabs. */
export function ConnectionWorkspace({ connection, launchTarget, onConnected }: ConnectionWorkspaceProps) {
  const workspace = useWorkspaceState(connection.id);
  const tabItems = useTabItems(connection.id);
  const [settingsShown, setSettingsShown] = useSetting<boolean>('settings-shown', true);
  const context = { connection, selectedSeq: workspace.selectedSeq, selectSeq: workspace.selectSeq, showInLog: workspace.showInLog };

  const toggle = (
    <Button variant="ghost" className="h-6 text-xs" aria-pressed={settingsShown} onClick={() => setSettingsShown(!settingsShown)}>
      Connection settings
    </Button>
  );
  const tabs = (
    <Tabs label="Connection views" items={tabItems} selectedId={workspace.tab} onSelect={workspace.selectTab} trailing={toggle}>
      <ErrorBoundary what={`the ${TABS[workspace.tab].label} tab`} resetKey={`${connection.id}:${workspace.tab}`}>
        {TABS[workspace.tab].render(context)}
      </ErrorBoundary>
    </Tabs>
  );
  return (
    <div className="flex h-full min-h-0 flex-col">
      <ConnectionStatusView connection={connection} />
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
              <div className="min-h-0 flex-1">{tabs}</div>
              <InboxDock connectionId={connection.id} />
            </div>
          }
        />
      </div>
    </div>
  );
}
