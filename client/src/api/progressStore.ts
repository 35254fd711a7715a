// The latest progress of each request the UI sent with a key (`requestProgress` events), read with
// useSyncExternalStore by whatever shows that request.
import type { RequestProgress } from '../../../shared/serverRequests';

export class ProgressStore {
  private readonly byKey = new Map<string, RequestProgress>();
  private readonly listeners = new Map<string, Set<() => void>>();

  update(progress: RequestProgress): void {
    this.byKey.set(progress.requestKey, progress);
    for (const listener of this.listeners.get(progress.requestKey) ?? []) listener();
  }

  get(requestKey: string): RequestProgress | undefined {
    return this.byKey.get(requestKey);
  }

  /** The request ended: its progress is no longer needed. */
  forget(requestKey: string): void {
    this.byKey.delete(requestKey);
  }

  subscribe(requestKey: string, listener: () => void): () => void {
    let set = this.listeners.get(requestKey);
    if (!set) this.listeners.set(requestKey, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(requestKey);
    };
  }
}
