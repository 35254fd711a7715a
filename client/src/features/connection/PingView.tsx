// The ping button with the last round-trip time, and the optional periodic ping.
import { Button } from '../../ui/Button';
import { useSetting } from '../../ui/useSetting';
import { PERIODIC_PING_MS, usePing } from './usePing';

export function PingView({ connectionId, connected }: { connectionId: string; connected: boolean }) {
  const [periodic, setPeriodic] = useSetting<boolean>('periodic-ping', false);
  const ping = usePing(connectionId, periodic, connected);
  const outcome = ping.data;
  return (
    <span className="flex shrink-0 items-center gap-1.5 text-xs">
      <Button variant="ghost" className="h-6 text-xs" onClick={() => ping.mutate()} disabled={!connected || ping.isPending}>
        Ping
      </Button>
      <span aria-label="Ping result" aria-live="polite" className={outcome && !outcome.ok ? 'text-red-700 dark:text-red-400' : 'text-zinc-500'}>
        {ping.isPending ? '…' : outcome ? (outcome.ok ? `${outcome.durationMs} ms` : `failed: ${outcome.error.message}`) : ''}
      </span>
      <label className="flex items-center gap-1 text-zinc-500" title={`Ping every ${PERIODIC_PING_MS / 1000} s`}>
        <input type="checkbox" checked={periodic} onChange={(event) => setPeriodic(event.target.checked)} />
        every {PERIODIC_PING_MS / 1000} s
      </label>
    </span>
  );
}
