// Wraps one of the SDK's HTTP transports so that every message it sends or delivers, and every error
// it reports, reaches the tap. The SDK transport parses HTTP bodies itself, so what is recorded is
// what it delivered; HTTP exchanges themselves are recorded by the tapping fetch.
import type { JSONRPCMessage, MessageExtraInfo, Transport, TransportSendOptions } from '@modelcontextprotocol/client';
import type { ResolvedTransport } from '../../shared/connectionTypes';
import type { RawHttpReply } from '../../shared/inspectorProtocol';
import { safeJsonText } from '../../shared/messageDepth';
import { postRawText } from './rawHttpPost';
import type { Tap, TappedTransport } from './transportTypes';

/** How long closing waits for the server to acknowledge the end of an HTTP session. */
const SESSION_END_TIMEOUT_MS = 2000;

export class TapTransport implements TappedTransport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;

  constructor(
    private readonly inner: Transport,
    private readonly tap: Tap,
    readonly resolvedTransport: ResolvedTransport,
  ) {
    inner.onmessage = (message, extra) => {
      this.tap({ kind: 'message', direction: 'incoming', message, size: Buffer.byteLength(safeJsonText(message)) });
      this.onmessage?.(message, extra);
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
    this.tap({ kind: 'message', direction: 'outgoing', message, size: Buffer.byteLength(safeJsonText(message)) });
    return this.inner.send(message, options);
  }

  /** POSTs the text as is; the messages in the answer are recorded and reach `onmessage` like any other. */
  sendRaw(text: string): Promise<RawHttpReply> {
    return postRawText(this.inner, text, this.tap, (message) => this.onmessage?.(message));
  }

  /** Ends the HTTP session first (DELETE with the session id) where the transport supports it. */
  async close(): Promise<void> {
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
