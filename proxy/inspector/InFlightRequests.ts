// The UI's requests still waiting for the server, by the key the UI gave them, so that one can be
// cancelled (the SDK sends `notifications/cancelled` when its signal aborts).
const UNCANCELLABLE = { wasCancelled: () => false, finish: () => {} };

export class InFlightRequests {
  private readonly byKey = new Map<string, { controller: AbortController; cancelled: boolean }>();

  /**
   * Starts tracking; the returned `finish` must be called when the request ends, whichever way. A
   * request without a key cannot be cancelled from the UI, so it gets no signal (an AbortController
   * and the SDK's listener on it were a measurable part of a call's cost).
   */
  start(key: string | undefined): { signal?: AbortSignal; wasCancelled(): boolean; finish(): void } {
    if (key === undefined) return UNCANCELLABLE;
    const entry = { controller: new AbortController(), cancelled: false };
    // A key reused while its request runs is the UI's mistake: the newer request wins the key.
    this.byKey.set(key, entry);
    return {
      signal: entry.controller.signal,
      wasCancelled: () => entry.cancelled,
      finish: () => {
        if (this.byKey.get(key) === entry) this.byKey.delete(key);
      },
    };
  }

  /** Cancels the request with this key; false when it already ended (or never existed). */
  cancel(key: string, reason: string): boolean {
    const entry = this.byKey.get(key);
    if (!entry) return false;
    this.byKey.delete(key);
    entry.cancelled = true;
    entry.controller.abort(reason);
    return true;
  }
}
