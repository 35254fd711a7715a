// The server's requests waiting for the person, per connection, as the proxy reported them: replaced
// by each attach snapshot, then kept current by serverRequestPending / serverRequestSettled. Requests
// that ended stay listed (newest first, a few per connection) so the person sees what became of them.
import type { PendingServerRequest, ServerRequestSettled } from '../../../shared/serverRequests';
import { KeyedStore } from './keyedStore';

/** How many ended requests stay listed per connection. */
export const ENDED_KEPT = 20;

export interface InboxItem {
  readonly request: PendingServerRequest;
  /** Set once the request ended. */
  readonly settled?: ServerRequestSettled;
}

export interface InboxSnapshot {
  /** Waiting for an answer, oldest first. */
  readonly pending: readonly InboxItem[];
  /** Ended, newest first. */
  readonly ended: readonly InboxItem[];
}

const EMPTY: InboxSnapshot = { pending: [], ended: [] };

export class ServerRequestsStore {
  private readonly inboxes = new KeyedStore<string, InboxSnapshot>(EMPTY);

  getSnapshot = this.inboxes.getSnapshot;
  subscribe = this.inboxes.subscribe;

  /** Replaces the pending requests with a snapshot's (ended ones are kept: they are history). */
  reset(pending: readonly PendingServerRequest[]): void {
    const touched = new Set([...this.inboxes.keys(), ...pending.map((r) => r.connectionId)]);
    for (const connectionId of touched) {
      const mine = pending.filter((r) => r.connectionId === connectionId).map((request) => ({ request }));
      this.inboxes.update(connectionId, (previous) => ({ pending: mine, ended: previous.ended }));
    }
  }

  add(request: PendingServerRequest): void {
    const previous = this.getSnapshot(request.connectionId);
    if (previous.pending.some((item) => item.request.id === request.id)) return;
    this.inboxes.set(request.connectionId, { ...previous, pending: [...previous.pending, { request }] });
  }

  settle(settled: ServerRequestSettled): void {
    const previous = this.getSnapshot(settled.connectionId);
    const item = previous.pending.find((i) => i.request.id === settled.id);
    if (!item) return;
    this.inboxes.set(settled.connectionId, {
      pending: previous.pending.filter((i) => i !== item),
      ended: [{ request: item.request, settled }, ...previous.ended].slice(0, ENDED_KEPT),
    });
  }

  removeConnection(connectionId: string): void {
    this.inboxes.delete(connectionId);
  }
}
