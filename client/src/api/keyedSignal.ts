// The one subscription primitive of the client's stores: listeners per key (a connection, a request
// key), told at once or at most once per scheduled flush. Stores keep their own data and call
// `notify`; views read them through useSyncExternalStore (see useStoreSnapshot).

/** Told that something it reads changed; it reads the new value itself. */
export type Listener = () => void;

/**
 * Schedules one flush; returns a function that cancels it. `backlog` says events are still queued
 * from the last flush (which ran out of budget): catch up at once rather than after the interval.
 */
export type FlushScheduler = (flush: () => void, backlog?: boolean) => () => void;

export const animationFrameScheduler: FlushScheduler = (flush) => {
  const handle = requestAnimationFrame(flush);
  return () => cancelAnimationFrame(handle);
};

export class KeyedSignal<K> {
  private readonly byKey = new Map<K, Set<Listener>>();
  /** Keys notified since the last flush, when notifications are scheduled. */
  private readonly due = new Set<K>();
  private cancelFlush: (() => void) | undefined;

  /** Without a scheduler listeners are told at once; with one, once per flush for all changes before it. */
  constructor(private readonly schedule?: FlushScheduler) {}

  /** Registers a listener for one key; returns the function that removes it. */
  subscribe(key: K, listener: Listener): () => void {
    let listeners = this.byKey.get(key);
    if (!listeners) this.byKey.set(key, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.byKey.get(key) === listeners) this.byKey.delete(key);
    };
  }

  notify(key: K): void {
    if (!this.schedule) return this.tell(key);
    this.due.add(key);
    if (this.cancelFlush) return;
    let ran = false;
    // A scheduler may run the flush synchronously (tests do): then there is nothing to cancel.
    const cancel = this.schedule(() => {
      ran = true;
      this.cancelFlush = undefined;
      const keys = [...this.due];
      this.due.clear();
      for (const due of keys) this.tell(due);
    });
    if (!ran) this.cancelFlush = cancel;
  }

  private tell(key: K): void {
    for (const listener of [...(this.byKey.get(key) ?? [])]) listener();
  }
}

/** A KeyedSignal with one key, for stores that hold a single value. */
export class Signal {
  private readonly keyed: KeyedSignal<null>;

  constructor(schedule?: FlushScheduler) {
    this.keyed = new KeyedSignal<null>(schedule);
  }

  subscribe = (listener: Listener): (() => void) => this.keyed.subscribe(null, listener);

  notify(): void {
    this.keyed.notify(null);
  }
}
