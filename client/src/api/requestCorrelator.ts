// Matches the proxy's replies to the requests we sent, by envelope id, with a timeout per request.

/** Why a request to the proxy did not produce a result. */
export class ProxyRequestError extends Error {
  override name = 'ProxyRequestError';
}

interface Pending {
  method: string;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Numbers requests and settles them when their reply arrives, times out, or the socket closes. */
export class RequestCorrelator {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** Reserves an id and returns it with a promise that settles when `settle` sees that id. */
  start(method: string, timeoutMs: number): { id: number; result: Promise<unknown> } {
    const id = this.nextId++;
    const result = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new ProxyRequestError(`The proxy did not answer ${method} within ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve, reject, timer });
    });
    return { id, result };
  }

  /** Settles the request with this id; returns false for an id we are not waiting for. */
  settle(id: number, reply: { result: unknown } | { error: { message: string } }): boolean {
    const entry = this.pending.get(id);
    if (!entry) return false;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    if ('error' in reply) entry.reject(new ProxyRequestError(reply.error.message));
    else entry.resolve(reply.result);
    return true;
  }

  /** Fails one request before its reply (e.g. it could not be sent). */
  fail(id: number, error: Error): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    entry.reject(error);
  }

  /** Fails every request still waiting, e.g. because the socket closed. */
  failAll(error: Error): void {
    for (const id of [...this.pending.keys()]) this.fail(id, error);
  }

  get size(): number {
    return this.pending.size;
  }
}
