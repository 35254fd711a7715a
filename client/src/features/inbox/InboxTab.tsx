// The server's requests waiting for the person, one card each, and what became of the recent ones.
import { useServerRequests } from '../../api/useServerRequests';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { SETTLEMENT_LABELS, requestTitle } from './inboxFacts';
import { useElicitationCompletions } from './useElicitationCompletions';

export function InboxTab({ connectionId }: { connectionId: string }) {
  const { pending, ended } = useServerRequests(connectionId);
  const completed = useElicitationCompletions(connectionId);
  return (
    <div className="flex h-full flex-col gap-3 overflow-auto p-3">
      {pending.length === 0 ? (
        <EmptyState title="No server requests waiting">
          Sampling and elicitation requests from the server wait for your answer below whichever tab is open, and are listed here once they end.
        </EmptyState>
      ) : (
        <p className="text-xs text-zinc-600 dark:text-zinc-300">
          {pending.length === 1 ? 'One request waits' : `${pending.length} requests wait`} for your answer in the panel below.
        </p>
      )}
      {ended.length > 0 && (
        <section aria-label="Ended server requests" className="flex flex-col gap-1">
          <h3 className="text-xs font-semibold text-zinc-500 uppercase">Recently ended</h3>
          <ul className="flex flex-col gap-1 text-xs">
            {ended.map(({ request, settled }) => {
              const elicitationId = typeof request.params.elicitationId === 'string' ? request.params.elicitationId : undefined;
              return (
                <li key={request.id} className="flex flex-wrap items-center gap-2">
                  <Badge tone={settled?.settlement === 'answered' ? 'success' : 'neutral'}>{settled ? SETTLEMENT_LABELS[settled.settlement] : ''}</Badge>
                  <span>{requestTitle(request.method, request.params)}</span>
                  {settled?.detail && <span className="text-zinc-500">{settled.detail}</span>}
                  {elicitationId !== undefined && (
                    <Badge tone={completed.has(elicitationId) ? 'success' : 'info'}>
                      {completed.has(elicitationId) ? 'The server reported it complete' : 'Not reported complete yet'}
                    </Badge>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
