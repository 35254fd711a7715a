// The server's requests waiting for the person, per connection, as the proxy reported them: replaced
// by each attach snapshot, then kept current by serverRequestPending / serverRequestSettled. Requests
// that ended stay listed (newest first, a few per connection) so the person sees what became of them.
import type { PendingServerRequest, ServerRequestSettled } from '../../../shared/serverRequests';
import { KeyedSignal } from './keyedSignal';

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
  private readonly byConnection = new Map<string, InboxSnapshot>();
  private readonly listeners = new KeyedSignal<string>();

  /** Replaces the pending requests with a snapshot's (ended ones are kept: they are history). */
  reset(pending: readonly PendingServerRequest[]): void {
    const touched = new Set([...this.byConnection.keys(), ...pending.map((r) => r.connectionId)]);
    for (const connectionId of touched) {
      const previous = this.getSnapshot(connectionId);
      const mine = pending.filter((r) => r.connectionId === connectionId).map((request) => ({ request }));
      this.byConnection.set(connectionId, { pending: mine, ended: previous.ended });
    }
    for (const connectionId of touched) this.listeners.notify(connectionId);
  }

  add(request: PendingServerRequest): void {
    const previous = this.getSnapshot(request.connectionId);
    if (previous.pending.some((item) => item.request.id === request.id)) return;
    this.set(request.connectionId, { ...previous, pending: [...previous.pending, { request }] });
  }

  settle(settled: ServerRequestSettled): void {
    const previous = this.getSnapshot(settled.connectionId);
    const item = previous.pending.find((i) => i.request.id === settled.id);
    if (!item) return;
    this.set(settled.connectionId, {
      pending: previous.pending.filter((i) => i !== item),
      ended: [{ request: item.request, settled }, ...previous.ended].slice(0, ENDED_KEPT),
    });
  }

  removeConnection(connectionId: string): void {
    this.byConnection.delete(connectionId);
    this.listeners.notify(connectionId);
  }

  getSnapshot(connectionId: string): InboxSnapshot {
    return this.byConnection.get(connectionId) ?? EMPTY;
  }

  subscribe(connectionId: string, listener: () => void): () => void {
    return this.listeners.subscribe(connectionId, listener);
  }

  private set(connectionId: string, snapshot: InboxSnapshot): void {
    this.byConnection.set(connectionId, snapshot);
    this.listeners.notify(connectionId);
  }
}
