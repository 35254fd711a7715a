// The proxy's connections and launch info as last reported: replaced by each attach snapshot, then
// kept current by connectionChanged / connectionRemoved events.
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import type { LaunchInfo } from '../../../shared/inspectorProtocol';
import { animationFrameScheduler, Signal, type FlushScheduler } from './keyedSignal';

export interface ConnectionsSnapshot {
  /** False until the first attach snapshot arrived. */
  readonly ready: boolean;
  readonly launch: LaunchInfo | undefined;
  /** In the order the proxy first reported them. */
  readonly list: readonly ConnectionSummary[];
}

export class ConnectionsStore {
  private snapshot: ConnectionsSnapshot = { ready: false, launch: undefined, list: [] };
  private readonly signal: Signal;

  /** Listeners are told once per frame at most (a chatty server can change its summary per stderr line). */
  constructor(schedule: FlushScheduler = animationFrameScheduler) {
    this.signal = new Signal(schedule);
  }

  getSnapshot = (): ConnectionsSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => this.signal.subscribe(listener);

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
    this.signal.notify();
  }
}
