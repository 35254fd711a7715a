// Remote servers: the SDK's Streamable HTTP and legacy SSE transports, tapped, with the user's headers
// on every request. `auto` follows the spec's backwards-compatibility rule, decided in
// transportFallback.ts together with the era probe: the initialize POST refused with 400, 404 or 405
// means a legacy HTTP+SSE server, so a GET event stream on the same URL is opened instead.
import {
  type OAuthClientProvider,
  SSEClientTransport,
  StreamableHTTPClientTransport,
  type JSONRPCMessage,
  type MessageExtraInfo,
  type TransportSendOptions,
} from '@modelcontextprotocol/client';
import type { RemoteTarget } from '../../shared/connectionTypes';
import type { RawHttpReply } from '../../shared/inspectorProtocol';
import type { FaultEngine } from '../../shared/faults/faultEngine';
import { createFaultingFetch } from './faultingFetch';
import { OutgoingSeqs, TapTransport, type HttpFaults } from './tapTransport';
import { createTappingFetch } from './tappingFetch';
import { fallsBackToSse, httpStatusOf } from './transportFallback';
import type { Tap, TappedTransport } from './transportTypes';

export function createHttpTransport(target: RemoteTarget, tap: Tap, authProvider?: OAuthClientProvider, engine?: FaultEngine): TappedTransport {
  const url = new URL(target.url);
  const faults: HttpFaults | undefined = engine && { engine, outgoingSeqs: new OutgoingSeqs() };
  // The faulting fetch sits under the tapping one: the exchange recorded is the one the client saw.
  const network = faults && createFaultingFetch(faults.engine, { recordFault: (fault) => tap({ kind: 'fault', fault }), seqOfOutgoing: (id) => faults.outgoingSeqs.seqOf(id) });
  const options = {
    requestInit: { headers: { ...target.headers } },
    fetch: createTappingFetch(tap, network),
    ...(authProvider === undefined ? {} : { authProvider }),
  };
  const streamable = () => new TapTransport(new StreamableHTTPClientTransport(url, options), tap, 'streamable-http', faults);
  const sse = () => new TapTransport(new SSEClientTransport(url, options), tap, 'sse', faults);
  switch (target.transport) {
    case 'streamable-http':
      return streamable();
    case 'sse':
      return sse();
    case 'auto':
      return new AutoHttpTransport(streamable(), sse, tap);
  }
}

/**
 * Starts as Streamable HTTP and switches to SSE once, if a message is refused as transportFallback.ts
 * says; the era probe's refusal is left to the era negotiation (it then sends initialize).
 */
class AutoHttpTransport implements TappedTransport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;
  private current: TapTransport;
  private decided = false;
  private supportedVersions: string[] | undefined;

  constructor(
    first: TapTransport,
    private readonly createFallback: () => TapTransport,
    private readonly tap: Tap,
  ) {
    this.current = first;
    this.wire(first);
  }

  get resolvedTransport() {
    return this.current.resolvedTransport;
  }

  get sessionId(): string | undefined {
    return this.current.sessionId;
  }

  setProtocolVersion(version: string): void {
    this.current.setProtocolVersion(version);
  }

  setSupportedProtocolVersions(versions: string[]): void {
    this.supportedVersions = versions;
    this.current.setSupportedProtocolVersions(versions);
  }

  start(): Promise<void> {
    return this.current.start();
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    if (this.decided) return this.current.send(message, options);
    try {
      await this.current.send(message, options);
      this.decided = true;
    } catch (error) {
      if (this.decided || !fallsBackToSse(message, error)) throw error;
      this.decided = true;
      await this.fallBack(httpStatusOf(error));
      await this.current.send(message, options);
    }
  }

  sendRaw(text: string): Promise<RawHttpReply> {
    return this.current.sendRaw(text);
  }

  close(): Promise<void> {
    return this.current.close();
  }

  killNow(): void {}

  private async fallBack(status: number | undefined): Promise<void> {
    this.tap({
      kind: 'transport',
      event: { type: 'error', message: `Streamable HTTP was refused (HTTP ${status}); falling back to the legacy HTTP+SSE transport` },
    });
    const refused = this.current;
    refused.onclose = undefined;
    refused.onerror = undefined;
    refused.onmessage = undefined;
    await refused.close().catch(() => {});
    this.current = this.createFallback();
    this.wire(this.current);
    if (this.supportedVersions) this.current.setSupportedProtocolVersions(this.supportedVersions);
    await this.current.start();
  }

  private wire(transport: TapTransport): void {
    transport.onmessage = (message, extra) => this.onmessage?.(message, extra);
    transport.onerror = (error) => this.onerror?.(error);
    transport.onclose = () => this.onclose?.();
  }
}
