// The client's requests and the server's answers seen on a connection, by request match key (same
// method, same params, `_meta` aside; the latest answer wins). A recording answers the UI's lists and
// reads from them, and so does a tapped connection, from what the host asked: the Tools tab shows what
// the server listed to the host without the inspector sending anything. A tap keeps only what those
// read-only tabs ask (lists and reads): over a day of tool calls it would otherwise keep every result,
// and pay for a key of each call's arguments on the way. Even those it bounds: a host reading thousands
// of distinct resources over a day kept every one's contents, so a tap keeps the latest answers only
// (reads and gets go first, the lists the tabs show last). A recording, bounded by its file, keeps all.
import type { RequestOutcome } from '../../shared/inspectorProtocol';
import { readEnvelope } from '../../shared/jsonrpc';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { LIST_METHODS } from '../../shared/diagnosis/paginationWalks';
import { RequestPairing, requestMatchKey, startsConnectionAttempt } from '../../shared/requestPairing';

type Params = Record<string, unknown> | undefined;

/** What the tabs of a connection that cannot send ask it for. */
export const READ_ONLY_TAB_METHODS: ReadonlySet<string> = new Set([
  'tools/list',
  'prompts/list',
  'prompts/get',
  'resources/list',
  'resources/templates/list',
  'resources/read',
  'completion/complete',
]);

/** Answers a tap keeps, the latest seen (a request made again counts as new). */
export const MAX_KEPT_ANSWERS = 500;

function asParams(value: unknown): Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export class SeenAnswers {
  /** `only`: the methods whose answers are kept (all when absent), and then at most `limit` of them. */
  constructor(
    private readonly only?: ReadonlySet<string>,
    private readonly limit = only ? MAX_KEPT_ANSWERS : Number.POSITIVE_INFINITY,
  ) {}

  private readonly pairing = new RequestPairing<{ key: string; time: number }>({ maxOpen: Number.POSITIVE_INFINITY });
  private readonly answers = new Map<string, RequestOutcome>();

  /** Feed every event of the connection, in order. */
  observe(event: RecordedEvent): void {
    if (startsConnectionAttempt(event)) this.pairing.clear();
    if (event.kind !== 'message') return;
    const envelope = readEnvelope(event.message);
    if (event.direction === 'outgoing' && envelope.kind === 'request') {
      if (this.only && !this.only.has(envelope.method!)) return;
      this.pairing.opened('outgoing', envelope.id!, { key: requestMatchKey(envelope.method!, asParams((event.message as { params?: unknown }).params)), time: event.time });
    } else if (event.direction === 'incoming' && (envelope.kind === 'response' || envelope.kind === 'error') && envelope.id !== undefined) {
      const paired = this.pairing.answered('incoming', envelope.id, event.seq);
      if (paired.status !== 'answers') return;
      const request = paired.request;
      const durationMs = event.time - request.time;
      const message = event.message as { result?: unknown; error?: { code?: unknown; message?: unknown; data?: unknown } };
      // Deleted first, so the map's order is the order answers were last seen in.
      this.answers.delete(request.key);
      this.answers.set(
        request.key,
        envelope.kind === 'response'
          ? { ok: true, result: message.result, durationMs }
          : { ok: false, error: { code: Number(message.error?.code ?? 0), message: String(message.error?.message ?? ''), data: message.error?.data }, durationMs },
      );
      if (this.answers.size > this.limit) this.answers.delete(this.oldestToLetGo());
    }
  }

  /** The key of the oldest answer that is not a list's (the tabs show lists), or of the oldest one when all are lists. */
  private oldestToLetGo(): string {
    let oldest: string | undefined;
    for (const key of this.answers.keys()) {
      oldest ??= key;
      if (!LIST_METHODS.has(key.slice(0, key.indexOf(' ')))) return key;
    }
    return oldest!;
  }

  /** The answer seen to this request, if it was seen. */
  answerTo(method: string, params: Params): RequestOutcome | undefined {
    return this.answers.get(requestMatchKey(method, params));
  }
}
