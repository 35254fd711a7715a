// How far the attach snapshot's events have arrived. The proxy answers `attach` with the count only
// and streams the events after it in bounded frames (a reopened session can hold 100,000), so the log
// can say "loading N of M" meanwhile instead of looking complete or empty.
import { animationFrameScheduler, Signal, type FlushScheduler } from './keyedSignal';

/** Undefined once every event of the snapshot arrived (or when it had none). */
export type SnapshotLoad = { readonly received: number; readonly total: number } | undefined;

export class SnapshotLoadStore {
  private load: SnapshotLoad;
  private readonly signal: Signal;

  /** Listeners are told once per frame at most: chunks can arrive faster. */
  constructor(schedule: FlushScheduler = animationFrameScheduler) {
    this.signal = new Signal(schedule);
  }

  getSnapshot = (): SnapshotLoad => this.load;

  subscribe = (listener: () => void): (() => void) => this.signal.subscribe(listener);

  /** A new snapshot of `total` events, of which `received` came with the attach answer. */
  start(total: number, received: number): void {
    this.set(received < total ? { received, total } : undefined);
  }

  /**
   * Events arrived (snapshot or live: the snapshot's come first, so the first `total` events are its
   * own). Cheap when no snapshot is loading.
   */
  arrived(count: number): void {
    if (this.load === undefined) return;
    const received = this.load.received + count;
    this.set(received < this.load.total ? { received, total: this.load.total } : undefined);
  }

  private set(load: SnapshotLoad): void {
    this.load = load;
    this.signal.notify();
  }
}
