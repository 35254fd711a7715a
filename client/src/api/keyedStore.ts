// A map of immutable values with listeners per key: the store for state that is replaced whole on each
// change (a connection's inbox, a request's progress, a connection's pins).
import { KeyedSignal, type FlushScheduler, type Listener } from './keyedSignal';

export class KeyedStore<K, V> {
  private readonly values = new Map<K, V>();
  private readonly signal: KeyedSignal<K>;

  /** `fallback` is the value of a key never set (or deleted); keep it one object so reads stay stable. */
  constructor(
    private readonly fallback: V,
    schedule?: FlushScheduler,
  ) {
    this.signal = new KeyedSignal<K>(schedule);
  }

  getSnapshot = (key: K): V => (this.values.has(key) ? (this.values.get(key) as V) : this.fallback);

  subscribe = (key: K, listener: Listener): (() => void) => this.signal.subscribe(key, listener);

  /** The keys that hold a value. */
  keys(): K[] {
    return [...this.values.keys()];
  }

  set(key: K, value: V): void {
    this.values.set(key, value);
    this.signal.notify(key);
  }

  update(key: K, change: (previous: V) => V): void {
    this.set(key, change(this.getSnapshot(key)));
  }

  /** Drops a key's value; `quietly` when nothing reads it any more (listeners are not told). */
  delete(key: K, { quietly = false }: { quietly?: boolean } = {}): void {
    this.values.delete(key);
    if (!quietly) this.signal.notify(key);
  }
}
