// One attached page: reads request envelopes, checks them against the shared schemas, calls the
// dispatcher and answers; pushes events once attached. Whatever a page sends, the proxy answers with
// an error or ignores it, and never fails because of it.
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket } from 'ws';
import { z } from 'zod';
import {
  RequestEnvelopeSchema,
  inspectorRequests,
  isInspectorRequestMethod,
  type InspectorRequestMethod,
  type RequestOutcome,
  type RequestParams,
} from '../../shared/inspectorProtocol';
import type { EventJson } from '../inspector/eventBytes';
import type { Inspector } from '../inspector/Inspector';
import type { ReplayRecording } from '../sessions/recordingConfig';
import { describeError } from '../upstream/describeError';
import { Dispatcher } from './dispatcher';
import { EventOutbox, type TextFrame } from './eventOutbox';
import { checkedRequestParams } from './requestFrame';
import { streamSnapshot } from './snapshotStream';
import { sendTextPieces } from './textPieces';

/** A page that lets this much pile up unsent is not reading: it is closed rather than buffered forever. */
export const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;
/** The close code for that case (4000–4999 are for applications). */
export const CLOSE_FELL_BEHIND = 4001;
/** How long a closing socket may take to drain before it is cut. */
const CLOSE_DRAIN_MS = 10_000;

export type SessionLog = (message: string) => void;

export class SocketSession {
  private readonly dispatcher: Dispatcher;
  private readonly outbox: EventOutbox;
  private attached = false;
  private disposed = false;
  private corked = false;
  /** Bumped by every attach: a snapshot still streaming for an older attach stops. */
  private attachGeneration = 0;
  /** The events of the latest attach's snapshot, sent after its answer. */
  private snapshotEvents: readonly EventJson[] = [];
  /** Masks the secrets a server echoed in the events this socket sends. */
  private readonly scrub: (json: string) => string;

  /**
   * `tcpSocket` is the connection under the WebSocket (as handed to the upgrade); when given, frames
   * sent in the same tick are corked into one write instead of one system call each.
   */
  constructor(
    private readonly socket: WebSocket,
    private readonly inspector: Inspector,
    private readonly log: SessionLog,
    private readonly tcpSocket?: Duplex,
    replayRecording?: ReplayRecording,
  ) {
    this.scrub = (json) => inspector.secrets.scrubKnown(json);
    // Each event's bytes, secrets masked, shared with the recorder, the window and every other socket.
    this.outbox = new EventOutbox((frame) => this.send(frame), inspector.eventBytes, this.scrub, () => this.inspector.persistPublished());
    this.dispatcher = new Dispatcher(inspector, (afterSeq, snapshotEvents) => {
      this.attachGeneration += 1;
      this.snapshotEvents = snapshotEvents;
      return this.outbox.observerAfter(afterSeq);
    }, replayRecording);
    socket.on('message', (data, isBinary) => {
      this.onFrame(data, isBinary).catch((error: unknown) => this.log(`socket request failed: ${describeError(error)}`));
    });
    socket.on('close', () => this.dispose());
    socket.on('error', (error) => this.log(`socket error: ${error.message}`));
  }

  private async onFrame(data: RawData, isBinary: boolean): Promise<void> {
    if (isBinary) return this.log('ignored a binary frame');
    let frame: unknown;
    try {
      frame = JSON.parse(rawText(data));
    } catch {
      return this.log('ignored a frame that is not JSON');
    }
    const id = (frame as { id?: unknown } | null)?.id;
    if (typeof id !== 'number') return this.log('ignored a frame without a numeric id');

    const checked = this.attached ? checkedRequestFrame(frame) : undefined;
    let method: InspectorRequestMethod;
    let params: unknown;
    if (checked) {
      ({ method, params } = checked);
    } else {
      const envelope = RequestEnvelopeSchema.safeParse(frame);
      if (!envelope.success) return this.fail(id, `Invalid request envelope: ${z.prettifyError(envelope.error)}`);
      const named = envelope.data.method;
      if (!isInspectorRequestMethod(named)) return this.fail(id, `Unknown method "${named}"`);
      if (!this.attached && named !== 'attach') return this.fail(id, `Send "attach" first: "${named}" needs an attached socket`);
      const parsed = inspectorRequests[named].params.safeParse(envelope.data.params);
      if (!parsed.success) return this.fail(id, `Invalid params for "${named}": ${z.prettifyError(parsed.error)}`);
      method = named;
      params = parsed.data;
    }

    let answer: Promise<unknown>;
    try {
      answer = this.call(method, params);
    } catch (error) {
      return this.fail(id, describeError(error));
    }
    // `attach` takes its snapshot synchronously, inside the call above: this is its generation.
    const generation = this.attachGeneration;
    let result: unknown;
    try {
      result = await answer;
    } catch (error) {
      return this.fail(id, describeError(error));
    }
    if (method === 'request') result = this.pointAtRecordedResult(result as RequestOutcome);
    let answerFrame: string;
    try {
      // A server may echo a secret it was given (an env value, a header) in any answer: masked like the events.
      answerFrame = this.scrub(JSON.stringify({ id, result }));
    } catch (error) {
      // The inspector limits message depth before this; an answer that still cannot be serialised
      // gets an error rather than no answer at all (a page waiting forever).
      return this.fail(id, `The answer could not be sent: ${describeError(error)}`);
    }
    this.answer(answerFrame);
    if (method === 'attach') {
      this.attached = true;
      await this.sendSnapshotEvents(generation);
    }
  }

  /**
   * An outcome whose result is a recorded response's: the page gets that event (sent first, here) and
   * the answer names it instead of carrying the result again. Sent whole when the event cannot go first.
   */
  private pointAtRecordedResult(outcome: RequestOutcome): RequestOutcome {
    if (!outcome.ok || outcome.resultSeq === undefined) return outcome;
    if (this.outbox.sendThrough(outcome.resultSeq)) {
      const { result: _sentInTheEvent, ...pointer } = outcome;
      return pointer as RequestOutcome;
    }
    const { resultSeq: _sentWhole, ...whole } = outcome;
    return whole;
  }

  /**
   * The snapshot's events in bounded frames, then the deltas (held by the outbox until now). Nothing,
   * when another attach came in meanwhile: its own answer and snapshot follow.
   */
  private async sendSnapshotEvents(generation: number): Promise<void> {
    if (generation !== this.attachGeneration) return;
    const events = this.snapshotEvents;
    this.snapshotEvents = [];
    // The newest of them may still wait in the recorder's queue: on disk first, as for every delta.
    if (events.length > 0) this.inspector.persistPublished();
    const complete = await streamSnapshot(events, {
      bufferedAmount: () => this.socket.bufferedAmount,
      send: (frame) => this.send(frame),
      isCurrent: () => !this.disposed && generation === this.attachGeneration,
    });
    if (complete) this.outbox.release();
  }

  private call(method: InspectorRequestMethod, params: unknown): Promise<unknown> {
    const handler = this.dispatcher[method] as (params: unknown) => Promise<unknown>;
    return handler.call(this.dispatcher, params);
  }

  private fail(id: number, message: string): void {
    this.answer(JSON.stringify({ id, error: { message } }));
  }

  /** An answer goes after the events recorded before it, which may still wait in the outbox. */
  private answer(frame: string): void {
    this.outbox.sendQueued();
    this.send(frame);
  }

  private send(frame: TextFrame): void {
    if (this.disposed || this.socket.readyState !== this.socket.OPEN) return;
    this.corkUntilNextTick();
    // Bytes go as they are, in a text frame: they are UTF-8 already.
    if (typeof frame === 'string') this.socket.send(frame);
    else sendTextPieces(this.socket, frame);
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) this.fellBehind();
  }

  private corkUntilNextTick(): void {
    const tcp = this.tcpSocket;
    if (!tcp || this.corked) return;
    this.corked = true;
    tcp.cork();
    process.nextTick(() => {
      this.corked = false;
      tcp.uncork();
    });
  }

  private fellBehind(): void {
    this.log(`closing a socket that fell behind (over ${MAX_BUFFERED_BYTES / 1024 / 1024} MiB unsent)`);
    this.dispose();
    this.socket.close(CLOSE_FELL_BEHIND, 'Too far behind: over 64 MiB unsent. Re-attach for a fresh snapshot.');
    setTimeout(() => this.socket.terminate(), CLOSE_DRAIN_MS).unref();
  }

  private dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.dispatcher.dispose();
    this.outbox.close();
  }
}

/** A well-formed `request` frame, checked by hand (the zod schemas judge, and word, everything else). */
function checkedRequestFrame(frame: unknown): { method: 'request'; params: RequestParams<'request'> } | undefined {
  const { method, params } = frame as { method?: unknown; params?: unknown };
  if (method !== 'request') return undefined;
  const checked = checkedRequestParams(params);
  return checked && { method, params: checked };
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
