// The lifecycle of the server's requests that wait for a person (sampling, elicitation): each is
// published as pending, then settled exactly once — answered, rejected, timed out, cancelled by the
// server, or dropped with its connection. Whatever happens first wins; later answers get a clear
// error, and the SDK handler waiting on `wait()` always gets an answer, so nothing hangs.
import type {
  InboxMethod,
  PendingServerRequest,
  ServerRequestAnswer,
  ServerRequestSettled,
  Settlement,
} from '../../shared/serverRequests';

/** JSON-RPC error codes the proxy answers with when the person did not. */
export const SERVER_REQUEST_TIMEOUT_CODE = -32001;
export const SERVER_REQUEST_CANCELLED_CODE = -32800;
export const SERVER_REQUEST_CLOSED_CODE = -32000;

/** How many ended requests are remembered, to explain a late answer. */
const REMEMBERED_SETTLEMENTS = 1000;

export interface ServerRequestInboxHooks {
  pending(request: PendingServerRequest): void;
  settled(settled: ServerRequestSettled): void;
}

/** Time, injectable for tests. */
export interface InboxClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: InboxClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface IncomingServerRequest {
  connectionId: string;
  method: InboxMethod;
  params: Record<string, unknown>;
  jsonRpcId?: string | number;
  /** Set for a request embedded in an `input_required` result (MRTR), instead of `jsonRpcId`. */
  inputRequestKey?: string;
  timeoutMs: number;
  /** Aborted when the server cancels the request (or, for a task, the task). */
  signal?: AbortSignal;
  /** Set when the request is task-augmented: the client-side task that waits for this answer. */
  taskId?: string;
}

interface Entry {
  request: PendingServerRequest;
  resolve(answer: ServerRequestAnswer): void;
  timer: unknown;
  stopListening(): void;
}

const SETTLEMENT_WORDS: Record<Settlement, string> = {
  answered: 'was already answered',
  rejected: 'was already rejected',
  timedOut: 'timed out before this answer',
  cancelledByServer: 'was cancelled by the server',
  connectionClosed: 'ended when its connection closed',
};

export class ServerRequestInbox {
  private count = 0;
  private readonly entries = new Map<string, Entry>();
  private readonly ended = new Map<string, Settlement>();

  constructor(
    private readonly hooks: ServerRequestInboxHooks,
    private readonly clock: InboxClock = systemClock,
  ) {}

  /** Publishes the request and resolves with the answer to send the server (an error when nobody answered). */
  wait(incoming: IncomingServerRequest): Promise<ServerRequestAnswer> {
    const now = this.clock.now();
    const request: PendingServerRequest = {
      id: `r${++this.count}`,
      connectionId: incoming.connectionId,
      ...(incoming.jsonRpcId === undefined ? {} : { jsonRpcId: incoming.jsonRpcId }),
      ...(incoming.taskId === undefined ? {} : { taskId: incoming.taskId }),
      ...(incoming.inputRequestKey === undefined ? {} : { inputRequestKey: incoming.inputRequestKey }),
      method: incoming.method,
      params: incoming.params,
      receivedAt: now,
      expiresAt: now + incoming.timeoutMs,
    };
    return new Promise((resolve) => {
      const signal = incoming.signal;
      const onAbort = () => {
        const reason = signal?.reason;
        const detail = typeof reason === 'string' ? reason : reason instanceof Error ? reason.message : undefined;
        this.settle(request.id, 'cancelledByServer', { error: { code: SERVER_REQUEST_CANCELLED_CODE, message: 'Cancelled by the server' } }, detail);
      };
      const entry: Entry = {
        request,
        resolve,
        timer: this.clock.setTimeout(() => {
          const message = `Nobody answered within ${incoming.timeoutMs} ms`;
          this.settle(request.id, 'timedOut', { error: { code: SERVER_REQUEST_TIMEOUT_CODE, message } }, message);
        }, incoming.timeoutMs),
        stopListening: () => signal?.removeEventListener('abort', onAbort),
      };
      this.entries.set(request.id, entry);
      this.hooks.pending(request);
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** The person's answer. Throws, saying why, when the request is unknown or already ended. */
  answer(connectionId: string, requestId: string, answer: ServerRequestAnswer): void {
    const entry = this.entries.get(requestId);
    if (!entry || entry.request.connectionId !== connectionId) {
      const ended = entry ? undefined : this.ended.get(requestId);
      if (ended) throw new Error(`The server request ${requestId} ${SETTLEMENT_WORDS[ended]}; nothing was sent`);
      throw new Error(`There is no pending server request "${requestId}" on connection "${connectionId}"`);
    }
    this.settle(requestId, 'error' in answer ? 'rejected' : 'answered', answer);
  }

  /** Ends every request of a connection that closed; their handlers get an error nobody will read. */
  closeConnection(connectionId: string, detail = 'The connection closed'): void {
    for (const entry of [...this.entries.values()]) {
      if (entry.request.connectionId !== connectionId) continue;
      this.settle(entry.request.id, 'connectionClosed', { error: { code: SERVER_REQUEST_CLOSED_CODE, message: detail } }, detail);
    }
  }

  /** The requests still waiting, oldest first. */
  list(): PendingServerRequest[] {
    return [...this.entries.values()].map((entry) => entry.request);
  }

  private settle(requestId: string, settlement: Settlement, answer: ServerRequestAnswer, detail?: string): void {
    const entry = this.entries.get(requestId);
    if (!entry) return;
    this.entries.delete(requestId);
    this.clock.clearTimeout(entry.timer);
    entry.stopListening();
    this.remember(requestId, settlement);
    entry.resolve(answer);
    this.hooks.settled({ id: requestId, connectionId: entry.request.connectionId, settlement, ...(detail === undefined ? {} : { detail }) });
  }

  private remember(requestId: string, settlement: Settlement): void {
    this.ended.set(requestId, settlement);
    if (this.ended.size > REMEMBERED_SETTLEMENTS) {
      const oldest = this.ended.keys().next().value;
      if (oldest !== undefined) this.ended.delete(oldest);
    }
  }
}
