// Wraps one of the SDK's HTTP transports so that every message it sends or delivers, and every error
// it reports, reaches the tap. The SDK transport parses HTTP bodies itself, so what is recorded is
// what it delivered; HTTP exchanges themselves are recorded by the tapping fetch.
import type { JSONRPCMessage, MessageExtraInfo, Transport, TransportSendOptions } from '@modelcontextprotocol/client';
import type { ResolvedTransport } from '../../shared/connectionTypes';
import type { FaultEngine } from '../../shared/faults/faultEngine';
import { FaultStage } from '../../shared/faults/faultStage';
import { readEnvelope, requestKey, type JsonRpcId } from '../../shared/jsonrpc';
import type { RawHttpReply } from '../../shared/inspectorProtocol';
import { safeJsonText } from '../../shared/messageDepth';
import { postRawText } from './rawHttpPost';
import type { Tap, TappedTransport } from './transportTypes';

/** How long closing waits for the server to acknowledge the end of an HTTP session. */
const SESSION_END_TIMEOUT_MS = 2000;

/** The ids of the last outgoing messages and the seqs they were recorded under (for HTTP-level faults). */
export class OutgoingSeqs {
  private readonly seqs = new Map<string, number>();

  note(message: unknown, seq: number | undefined): void {
    const id = readEnvelope(message).id;
    if (id === undefined || seq === undefined) return;
    this.seqs.delete(requestKey(id));
    this.seqs.set(requestKey(id), seq);
    if (this.seqs.size > 256) this.seqs.delete(this.seqs.keys().next().value as string);
  }

  seqOf(id: JsonRpcId): number | undefined {
    return this.seqs.get(requestKey(id));
  }
}

/** Injected faults of an HTTP connection: the engine, and where the seqs of sent messages are kept. */
export interface HttpFaults {
  engine: FaultEngine;
  outgoingSeqs: OutgoingSeqs;
}

export class TapTransport implements TappedTransport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;
  private readonly faultStage: FaultStage | undefined;
  /** What `send` and `onmessage` were given with each message, for when the stage passes it on later. */
  private readonly sendOptions = new WeakMap<object, TransportSendOptions | undefined>();
  private readonly extras = new WeakMap<object, MessageExtraInfo | undefined>();
  /** Set while `send` runs the stage: the send it passed on at once, whose failure `send` reports. */
  private passedSend: Promise<void> | undefined;
  private passing = false;

  constructor(
    private readonly inner: Transport,
    private readonly tap: Tap,
    readonly resolvedTransport: ResolvedTransport,
    private readonly faults?: HttpFaults,
  ) {
    this.faultStage = faults && this.createFaultStage(faults.engine);
    inner.onmessage = (message, extra) => {
      const recorded = this.tap({ kind: 'message', direction: 'incoming', message, size: Buffer.byteLength(safeJsonText(message)) });
      if (!this.faultStage) return this.onmessage?.(message, extra);
      this.extras.set(message, extra);
      this.faultStage.pass('incoming', message, recorded ? { targetSeq: recorded.seq } : {});
    };
    inner.onerror = (error) => {
      this.tap({ kind: 'transport', event: { type: 'error', message: error.message } });
      this.onerror?.(error);
    };
    inner.onclose = () => this.onclose?.();
  }

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  get hasPerRequestStream(): boolean | undefined {
    return this.inner.hasPerRequestStream;
  }

  setProtocolVersion(version: string): void {
    this.inner.setProtocolVersion?.(version);
  }

  setSupportedProtocolVersions(versions: string[]): void {
    this.inner.setSupportedProtocolVersions?.(versions);
  }

  start(): Promise<void> {
    this.tap({ kind: 'transport', event: { type: 'connecting', transport: this.resolvedTransport } });
    return this.inner.start();
  }

  send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    const recorded = this.tap({ kind: 'message', direction: 'outgoing', message, size: Buffer.byteLength(safeJsonText(message)) });
    if (!this.faultStage || !this.faults) return this.inner.send(message, options);
    this.faults.outgoingSeqs.note(message, recorded?.seq);
    this.sendOptions.set(message, options);
    this.passedSend = undefined;
    this.passing = true;
    try {
      this.faultStage.pass('outgoing', message, recorded ? { targetSeq: recorded.seq } : {});
    } finally {
      this.passing = false;
    }
    const sent = this.passedSend ?? Promise.resolve();
    this.passedSend = undefined;
    return sent;
  }

  /** A message the stage passes on at once fails `send` as before; one it held reports its failure itself. */
  private toServer(send: () => Promise<void>): void {
    const sent = send();
    if (this.passing) this.passedSend = sent;
    else sent.catch((error: unknown) => this.tap({ kind: 'transport', event: { type: 'error', message: `Sending a held message failed: ${String(error)}` } }));
  }

  private createFaultStage(engine: FaultEngine): FaultStage {
    const deliver = (message: unknown) => this.onmessage?.(message as JSONRPCMessage, this.extras.get(message as object));
    // The raw POST of corrupt text is the message already recorded: only its answers are recorded again.
    const answersOnly: Tap = (event) => (event.kind === 'message' && event.direction === 'outgoing' ? undefined : this.tap(event));
    return new FaultStage(engine, {
      forward: (direction, message) =>
        direction === 'outgoing' ? this.toServer(() => this.inner.send(message as JSONRPCMessage, this.sendOptions.get(message as object))) : deliver(message),
      forwardText: (direction, text) =>
        direction === 'outgoing'
          ? this.toServer(() => postRawText(this.inner, text, answersOnly, deliver).then(() => undefined))
          : this.onerror?.(new SyntaxError(`Invalid JSON from the server: ${text}`)),
      answer: (direction, message) => (direction === 'outgoing' ? this.toServer(() => this.inner.send(message as JSONRPCMessage)) : setImmediate(() => deliver(message))),
      // There is no process to end over HTTP: the connection ends instead.
      killServer: () => void this.inner.close(),
      recordFault: (fault) => this.tap({ kind: 'fault', fault }),
    });
  }

  /** POSTs the text as is; the messages in the answer are recorded and reach `onmessage` like any other. */
  sendRaw(text: string): Promise<RawHttpReply> {
    return postRawText(this.inner, text, this.tap, (message) => this.onmessage?.(message));
  }

  /** Ends the HTTP session first (DELETE with the session id) where the transport supports it. */
  async close(): Promise<void> {
    this.faultStage?.close();
    const terminable = this.inner as Partial<{ terminateSession(): Promise<void> }>;
    if (this.inner.sessionId !== undefined && typeof terminable.terminateSession === 'function') {
      const terminated = terminable.terminateSession().catch((error: unknown) => {
        this.tap({ kind: 'transport', event: { type: 'error', message: `Could not end the HTTP session: ${String(error)}` } });
      });
      await Promise.race([terminated, new Promise((resolve) => setTimeout(resolve, SESSION_END_TIMEOUT_MS).unref())]);
    }
    await this.inner.close();
  }

  killNow(): void {}
}
