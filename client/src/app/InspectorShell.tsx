import { useState } from 'react';
import { useConnections } from '../api/useConnections';
import { useSocketStatus } from '../api/useSocketStatus';
import { ConnectionListView } from '../features/connection/ConnectionListView';
import { ConnectionRailView } from '../features/connection/ConnectionRailView';
import { useConnectionSelection } from '../features/connection/useConnectionSelection';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { EmptyState } from '../ui/EmptyState';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useSetting } from '../ui/useSetting';
import { AppHeader } from './AppHeader';
import { ConnectionWorkspace } from './ConnectionWorkspace';
import { KeyboardShortcuts, SkipLink } from './KeyboardShortcuts';
import { NewConnectionView } from './NewConnectionView';
import { ProxyLostBanner } from './ProxyLostBanner';
import { RecordedSessionBanner } from './RecordedSessionBanner';
import { useSettingsPanes } from './useSettingsPanes';

function NotAttachedView({ failing }: { failing: boolean }) {
  if (!failing) return <EmptyState title="Connecting to the mcp-inspect proxy…" />;
  return (
    <EmptyState title="Cannot reach the mcp-inspect proxy" tone="danger">
      Is <code>mcp-inspect</code> still running? Start it again, then open the URL it prints (it contains <code>#token=…</code>).
      This page keeps retrying.
    </EmptyState>
  );
}

/** The whole page: header, the connections sidebar, and the selected connection or the new-connection form. */
export function InspectorShell() {
  const { ready, launch, list } = useConnections();
  const status = useSocketStatus();
  const { selection, selectConnection, selectNew } = useConnectionSelection(list);
  const selected = selection.kind === 'connection' ? list.find((c) => c.id === selection.connectionId) : undefined;
  const onConnected = (connection: { id: string }) => selectConnection(connection.id);
  const [sessionsShown, setSessionsShown] = useState(false);
  const settingsPaneOf = useSettingsPanes();
  // `auto`: a rail while there is one connection (a list of one is not worth 224 px), a list from two.
  const [sidebar, setSidebar] = useSetting<string>('connections-sidebar', 'auto');
  const folded = sidebar === 'rail' || (sidebar !== 'list' && list.length <= 1);
  const sidebarProps = { connections: list, selectedId: selected?.id, onSelect: selectConnection, onNew: selectNew };

  let main;
  if (!ready) main = <NotAttachedView failing={status.phase === 'reconnecting' && status.attempt >= 2} />;
  else if (selected) main = (
      <ConnectionWorkspace key={selected.id} connection={selected} launchTarget={launch?.target} onConnected={onConnected} settings={settingsPaneOf(selected)} />
    );
  else main = <NewConnectionView launchTarget={launch?.target} hasConnections={list.length > 0} onConnected={onConnected} />;

  return (
    <div className="flex h-full flex-col">
      <SkipLink />
      <KeyboardShortcuts />
      <AppHeader launch={launch} status={status} sessionsShown={sessionsShown} onToggleSessions={() => setSessionsShown(!sessionsShown)} />
      {ready && <ProxyLostBanner status={status} />}
      <RecordedSessionBanner session={launch?.recordedSession} />
      {sessionsShown && (
        <main className="min-h-0 flex-1">
          <ErrorBoundary what="the Sessions page" resetKey="sessions">
            <SessionsPage onClose={() => setSessionsShown(false)} />
          </ErrorBoundary>
        </main>
      )}
      <div className={`${sessionsShown ? 'hidden' : 'flex'} min-h-0 flex-1`}>
        <div className={`${folded ? 'w-12' : 'w-56'} shrink-0 border-r border-zinc-200 dark:border-zinc-700`}>
          {folded ? <ConnectionRailView {...sidebarProps} onExpand={() => setSidebar('list')} /> : <ConnectionListView {...sidebarProps} onFold={() => setSidebar('rail')} />}
        </div>
        <main className="min-w-0 flex-1">
          <ErrorBoundary what="this view" resetKey={selected?.id ?? 'new'}>
            {main}
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
