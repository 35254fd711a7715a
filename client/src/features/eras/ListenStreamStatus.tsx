// A modern connection's resource subscription is a `subscriptions/listen` stream: its state
// (opening, open, closed, error), why it ended, and how many notifications it delivered.
import type { ConnectionSummary, ListenStream } from '../../../../shared/connectionTypes';
import { Badge, type BadgeTone } from '../../ui/Badge';

const TONES: Record<ListenStream['state'], BadgeTone> = { opening: 'info', open: 'success', closed: 'neutral', error: 'danger' };

/** The newest listen stream for a resource, if one was opened on this attempt. */
export function listenStreamFor(connection: ConnectionSummary, uri: string): ListenStream | undefined {
  return connection.listens?.findLast((stream) => stream.uri === uri);
}

/** An open (or opening) stream counts as subscribed. */
export function isListening(stream: ListenStream | undefined): boolean {
  return stream?.state === 'open' || stream?.state === 'opening';
}

export function ListenStreamStatus({ stream }: { stream: ListenStream }) {
  const events = `${stream.eventsReceived} ${stream.eventsReceived === 1 ? 'event' : 'events'} received`;
  return (
    <div role="status" aria-label="Listen stream" className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
      <span className="font-mono">subscriptions/listen</span>
      <Badge tone={TONES[stream.state]}>{stream.state}</Badge>
      <span>{events}</span>
      {stream.detail && <span>· {stream.detail}</span>}
    </div>
  );
}
