// A connection read from a session file: the second implementation of InspectedConnection. Its
// summary, log and findings are what was recorded; a request is answered from the recording when the
// same request (same method, same params, `_meta` aside) was answered there, so the Tools and
// Resources tabs show what the server listed. Everything else is refused: a recording is read-only.
import type { ConnectionSummary } from '../../shared/connectionTypes';
import type { RequestOutcome } from '../../shared/inspectorProtocol';
import { readEnvelope } from '../../shared/jsonrpc';
import { RequestPairing, requestMatchKey, startsConnectionAttempt } from '../../shared/requestPairing';
import type { RecordedEvent } from '../../shared/recordedEvent';
import type { InspectedConnection } from '../inspector/InspectedConnection';
import { NOT_RECORDED_CODE } from './recordedErrors';

type Params = Record<string, unknown> | undefined;

function asParams(value: unknown): Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The client's requests and the server's answers, by request match key; the latest answer wins. */
function indexAnswers(events: readonly RecordedEvent[]): Map<string, RequestOutcome> {
  const pairing = new RequestPairing<{ key: string; time: number }>({ maxOpen: Number.POSITIVE_INFINITY });
  const answers = new Map<string, RequestOutcome>();
  for (const event of events) {
    if (startsConnectionAttempt(event)) pairing.clear();
    if (event.kind !== 'message') continue;
    const envelope = readEnvelope(event.message);
    if (event.direction === 'outgoing' && envelope.kind === 'request') {
      pairing.opened('outgoing', envelope.id!, { key: requestMatchKey(envelope.method!, asParams((event.message as { params?: unknown }).params)), time: event.time });
    } else if (event.direction === 'incoming' && (envelope.kind === 'response' || envelope.kind === 'error') && envelope.id !== undefined) {
      const paired = pairing.answered('incoming', envelope.id, event.seq);
      if (paired.status !== 'answers') continue;
      const request = paired.request;
      const durationMs = event.time - request.time;
      const message = event.message as { result?: unknown; error?: { code?: unknown; message?: unknown; data?: unknown } };
      answers.set(
        request.key,
        envelope.kind === 'response'
          ? { ok: true, result: message.result, durationMs }
          : { ok: false, error: { code: Number(message.error?.code ?? 0), message: String(message.error?.message ?? ''), data: message.error?.data }, durationMs },
      );
    }
  }
  return answers;
}

export class RecordedConnection implements InspectedConnection {
  private readonly answers: Map<string, RequestOutcome>;

  constructor(
    readonly id: string,
    private readonly recorded: ConnectionSummary,
    events: readonly RecordedEvent[],
  ) {
    this.answers = indexAnswers(events);
  }

  summary(): ConnectionSummary {
    return { ...this.recorded, id: this.id, state: 'recorded' };
  }

  async request(method: string, params: Params): Promise<RequestOutcome> {
    const answer = this.answers.get(requestMatchKey(method, params));
    if (answer) return answer;
    return {
      ok: false,
      error: { code: NOT_RECORDED_CODE, message: `Not in the recording: this session holds no answer to ${method} with these params (a recorded session is read-only).` },
      durationMs: 0,
    };
  }

  /** Nothing to close: a recording stays as it is. */
  async disconnect(): Promise<ConnectionSummary> {
    return this.summary();
  }

  async reconnect(): Promise<ConnectionSummary> {
    throw new Error('This connection is a recording and cannot be reconnected. Connect to the server as a new connection instead.');
  }

  async remove(): Promise<void> {}

  async sendRaw(): Promise<never> {
    throw new Error('This connection is a recording: nothing can be sent to its server.');
  }

  /** A recording has nothing in flight. */
  cancelRequest(): boolean {
    return false;
  }

  async setRoots(): Promise<ConnectionSummary> {
    throw new Error('This connection is a recording: its roots are as recorded and cannot be changed.');
  }

  setFaults(): ConnectionSummary {
    throw new Error('This connection is a recording: no fault can be injected into it.');
  }

  killNow(): void {}
}
