// Listeners registered per connection, for the stores read with useSyncExternalStore.

export class ConnectionListeners {
  private readonly byConnection = new Map<string, Set<() => void>>();

  /** Registers a listener for one connection; returns the function that removes it. */
  subscribe(connectionId: string, listener: () => void): () => void {
    let set = this.byConnection.get(connectionId);
    if (!set) this.byConnection.set(connectionId, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  notify(connectionId: string): void {
    for (const listener of this.byConnection.get(connectionId) ?? []) listener();
  }
}
