// The proxy's connections and launch info as last reported: replaced by each attach snapshot, then
// kept current by connectionChanged / connectionRemoved events.
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import type { LaunchInfo } from '../../../shared/inspectorProtocol';
import { animationFrameScheduler, type FlushScheduler } from './keyedSignal';

export interface ConnectionsSnapshot {
  /** False until the first attach snapshot arrived. */
  readonly ready: boolean;
  readonly launch: LaunchInfo | undefined;
  /** In the order the proxy first reported them. */
  readonly list: readonly ConnectionSummary[];
}

export class ConnectionsStore {
  private snapshot: ConnectionsSnapshot = { ready: false, launch: undefined, list: [] };
  private readonly listeners = new Set<() => void>();
  private notifyPending = false;

  /** Listeners are told once per frame at most (a chatty server can change its summary per stderr line). */
  constructor(private readonly schedule: FlushScheduler = animationFrameScheduler) {}

  getSnapshot = (): ConnectionsSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  reset(launch: LaunchInfo, connections: readonly ConnectionSummary[]): void {
    this.set({ ready: true, launch, list: [...connections] });
  }

  upsert(connection: ConnectionSummary): void {
    const list = this.snapshot.list;
    const index = list.findIndex((c) => c.id === connection.id);
    const next = index === -1 ? [...list, connection] : list.map((c, i) => (i === index ? connection : c));
    this.set({ ...this.snapshot, list: next });
  }

  remove(connectionId: string): void {
    if (!this.snapshot.list.some((c) => c.id === connectionId)) return;
    this.set({ ...this.snapshot, list: this.snapshot.list.filter((c) => c.id !== connectionId) });
  }

  private set(snapshot: ConnectionsSnapshot): void {
    this.snapshot = snapshot;
    if (this.notifyPending) return;
    this.notifyPending = true;
    this.schedule(() => {
      this.notifyPending = false;
      for (const listener of this.listeners) listener();
    });
  }
}
