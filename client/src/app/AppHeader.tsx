import type { SocketStatus } from '../api/InspectorSocket';
import type { LaunchInfo } from '../../../shared/inspectorProtocol';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { ThemeToggle } from '../ui/ThemeToggle';

export interface AppHeaderProps {
  launch: LaunchInfo | undefined;
  status: SocketStatus;
  /** The Sessions page is shown instead of the connections. */
  sessionsShown: boolean;
  onToggleSessions: () => void;
}

function describe(status: SocketStatus): { text: string; dot: string; title?: string } {
  switch (status.phase) {
    case 'attached':
      return { text: 'Proxy connected', dot: 'bg-emerald-500' };
    case 'connecting':
      return { text: 'Connecting to proxy…', dot: 'bg-amber-500 animate-pulse' };
    case 'reconnecting':
      return { text: `Reconnecting to proxy… (attempt ${status.attempt})`, dot: 'bg-amber-500 animate-pulse', title: status.reason };
    case 'incompatible':
      return { text: status.reason, dot: 'bg-red-500' };
  }
}

/** Product name, version, the state of the link to the proxy, and the theme choice. */
export function AppHeader({ launch, status, sessionsShown, onToggleSessions }: AppHeaderProps) {
  const socket = describe(status);
  return (
    <header className="flex h-9 shrink-0 items-center gap-2 border-b border-zinc-200 bg-zinc-50 px-3 dark:border-zinc-700 dark:bg-zinc-950">
      <span className="font-semibold tracking-tight">mcp-inspect</span>
      {launch && <span className="font-mono text-xs text-zinc-500 dark:text-zinc-400">v{launch.inspectorVersion}</span>}
      {launch?.isDemo && (
        <Badge tone="accent" title="No server was named on the command line, so the bundled demo server was started">
          demo server
        </Badge>
      )}
      <Button variant="ghost" className="ml-2 h-6 text-xs" aria-pressed={sessionsShown} onClick={onToggleSessions} title="Recorded sessions: open, download, delete, import">
        Sessions
      </Button>
      <span role="status" aria-label="Proxy connection" title={socket.title} className="ml-auto flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-300">
        <span aria-hidden className={`size-2 rounded-full ${socket.dot}`} />
        {socket.text}
      </span>
      <ThemeToggle />
    </header>
  );
}
