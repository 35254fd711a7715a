// The subscription of one resource: Subscribe/Unsubscribe when the server supports it, and the
// server's word that the resource changed since it was last read.
import { canSend, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { isModern } from '../eras/eraChoices';
import { isListening, listenStreamFor, ListenStreamStatus } from '../eras/ListenStreamStatus';
import { supportsSubscriptions, useSubscriptionToggle } from './resourceSubscriptions';
import type { ResourceUpdate } from './resourceWatch';

export interface ResourceWatchBarProps {
  connection: ConnectionSummary;
  uri: string;
  subscribed: boolean;
  update: ResourceUpdate | undefined;
}

export function ResourceWatchBar({ connection, uri, subscribed: subscribedInLog, update }: ResourceWatchBarProps) {
  const toggle = useSubscriptionToggle(connection, uri);
  const connected = canSend(connection);
  // In the 2026-07-28 era a subscription is a subscriptions/listen stream the proxy keeps open.
  const modern = isModern(connection);
  const stream = modern ? listenStreamFor(connection, uri) : undefined;
  const subscribed = modern ? isListening(stream) : subscribedInLog;
  return (
    <>
      {supportsSubscriptions(connection) ? (
        <div className="flex flex-wrap items-center gap-2">
          <Button aria-pressed={subscribed} onClick={() => toggle.mutate(!subscribed)} disabled={!connected || toggle.isPending}>
            {subscribed ? 'Unsubscribe' : 'Subscribe'}
          </Button>
          <span className="text-xs text-zinc-500">
            {subscribed ? 'Subscribed: the server sends notifications/resources/updated when it changes.' : 'Not subscribed.'}
          </span>
          {stream && <ListenStreamStatus stream={stream} />}
          {toggle.error && (
            <span role="alert" className="text-xs text-red-700 dark:text-red-400">
              {toggle.error.message}
            </span>
          )}
        </div>
      ) : (
        connection.handshake && <p className="text-xs text-zinc-500">This server does not offer subscriptions (no resources.subscribe capability).</p>
      )}
      {update && (
        <div role="status" aria-label="Resource updated" className="flex items-center gap-2 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs dark:border-amber-800 dark:bg-amber-950">
          <Badge tone="warning">updated</Badge>
          <span>The server said at {new Date(update.time).toLocaleTimeString()} that this resource changed since it was read: read it again to see the change.</span>
        </div>
      )}
    </>
  );
}
