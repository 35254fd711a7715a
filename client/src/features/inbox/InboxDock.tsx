// The waiting server requests, docked under whatever tab is open: a tool call that made the server
// ask for sampling or input stays in view (and keeps its state) while the person answers. The dock may
// take most of the height (answering is what the server waits for), and a lone request gets the focus.
import { useServerRequests } from '../../api/useServerRequests';
import { Badge } from '../../ui/Badge';
import { useSetting } from '../../ui/useSetting';
import { PendingRequestCard } from './PendingRequestCard';

export function InboxDock({ connectionId }: { connectionId: string }) {
  const { pending } = useServerRequests(connectionId);
  const [collapsed, setCollapsed] = useSetting<boolean>('inbox-dock-collapsed', false);
  if (pending.length === 0) return null;
  return (
    <section aria-label="Waiting server requests" className="flex max-h-[80%] shrink-0 flex-col border-t-2 border-amber-400 dark:border-amber-700">
      <button
        type="button"
        aria-expanded={!collapsed}
        onClick={() => setCollapsed(!collapsed)}
        className="flex items-center gap-2 bg-amber-50 px-3 py-1 text-left font-medium dark:bg-amber-950/40"
      >
        <span aria-hidden className="w-3 text-zinc-400">
          {collapsed ? '▸' : '▾'}
        </span>
        The server is waiting for you
        <Badge tone="warning">{pending.length}</Badge>
      </button>
      {!collapsed && (
        <div className="flex min-h-0 flex-col gap-3 overflow-auto p-3">
          {pending.map(({ request }) => (
            <PendingRequestCard key={request.id} request={request} takeFocus={pending.length === 1} />
          ))}
        </div>
      )}
    </section>
  );
}
