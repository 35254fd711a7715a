// check's bounds on each request: an idle timeout that progress resets (`--timeout`), a total bound
// that nothing extends, and the run's bound. Whichever is reached first cancels the request through
// the connection (the SDK then sends `notifications/cancelled` with the reason), so what the server did
// afterwards is on the record, and the outcome says which bound ended it.
import type { InspectedConnection } from '../inspector/InspectedConnection';
import type { Inspector } from '../inspector/Inspector';
import { REQUEST_TIMEOUT_CODE } from '../inspector/requestOutcome';
import type { CheckOutcome, RequestBound, SendRequest } from './exploreServer';

export interface RequestBounds {
  /** No answer and no progress for this long ends a request. */
  idleMs: number;
  /** No answer for this long ends a request, however much progress it sends. */
  totalMs: number;
  /** The whole run's bound, named in the reason of a request it cuts. */
  runMs: number;
}

/** The SDK's own timeout is left as a backstop, this long after the total bound. */
const BACKSTOP_MS = 1_000;

export function boundReason(bound: RequestBound, bounds: RequestBounds): string {
  switch (bound) {
    case 'idle':
      return `No response and no progress within ${bounds.idleMs} ms (the timeout)`;
    case 'total':
      return `No response within ${bounds.totalMs} ms, the total bound per request that progress does not extend`;
    case 'run':
      return `check's bound on the whole run (${bounds.runMs} ms) was reached`;
  }
}

interface InFlight {
  key: string;
  restartIdle(): void;
  cut(bound: RequestBound): void;
}

export class BoundedSender {
  private count = 0;
  private inFlight: InFlight | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    inspector: Inspector,
    private readonly connection: InspectedConnection,
    private readonly bounds: RequestBounds,
  ) {
    this.unsubscribe = inspector.subscribe({
      eventRecorded: () => {},
      diagnosisRaised: () => {},
      connectionChanged: () => {},
      connectionRemoved: () => {},
      requestProgress: (progress) => {
        if (progress.connectionId === connection.id && progress.requestKey === this.inFlight?.key) this.inFlight.restartIdle();
      },
    });
  }

  readonly send: SendRequest = async (method, params) => {
    const key = `check-${++this.count}`;
    let bound: RequestBound | undefined;
    const cut = (which: RequestBound) => {
      if (bound !== undefined) return;
      bound = which;
      this.connection.cancelRequest(key, boundReason(which, this.bounds));
    };
    let idle = setTimeout(() => cut('idle'), this.bounds.idleMs);
    const total = setTimeout(() => cut('total'), this.bounds.totalMs);
    this.inFlight = {
      key,
      cut,
      restartIdle: () => {
        clearTimeout(idle);
        idle = setTimeout(() => cut('idle'), this.bounds.idleMs);
      },
    };
    try {
      const outcome: CheckOutcome = await this.connection.request(method, params, { requestKey: key, timeoutMs: this.bounds.totalMs + BACKSTOP_MS });
      if (outcome.ok || bound === undefined) return outcome;
      return { ...outcome, bound, error: { code: REQUEST_TIMEOUT_CODE, message: boundReason(bound, this.bounds) } };
    } finally {
      clearTimeout(idle);
      clearTimeout(total);
      this.inFlight = undefined;
    }
  };

  /** The run's bound was reached: the request in flight (if any) is cancelled now. */
  cutForRun(): void {
    this.inFlight?.cut('run');
  }

  dispose(): void {
    this.unsubscribe();
  }
}
