// Remote servers: the SDK's Streamable HTTP and legacy SSE transports, tapped, with the user's headers
// on every request. `auto` follows the spec's backwards-compatibility rule: POST the initialize request
// to the URL; if that fails with 400, 404 or 405, the server is a legacy HTTP+SSE one, so open a GET
// event stream on the same URL instead.
// https://modelcontextprotocol.io/specification/2025-06-18/basic/transports#backwards-compatibility
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
import { TapTransport } from './tapTransport';
import { createTappingFetch } from './tappingFetch';
import type { Tap, TappedTransport } from './transportTypes';

/** The statuses that tell a legacy SSE server from a Streamable HTTP one (spec, backwards compatibility). */
const FALLBACK_STATUSES = new Set([400, 404, 405]);

export function createHttpTransport(target: RemoteTarget, tap: Tap, authProvider?: OAuthClientProvider): TappedTransport {
  const url = new URL(target.url);
  const options = {
    requestInit: { headers: { ...target.headers } },
    fetch: createTappingFetch(tap),
    ...(authProvider === undefined ? {} : { authProvider }),
  };
  const streamable = () => new TapTransport(new StreamableHTTPClientTransport(url, options), tap, 'streamable-http');
  const sse = () => new TapTransport(new SSEClientTransport(url, options), tap, 'sse');
  switch (target.transport) {
    case 'streamable-http':
      return streamable();
    case 'sse':
      return sse();
    case 'auto':
      return new AutoHttpTransport(streamable(), sse, tap);
  }
}

/** The HTTP status an SDK transport error carries, if any (SdkHttpError puts it in `data.status`). */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { data?: { status?: unknown } } | undefined)?.data?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Starts as Streamable HTTP and switches to SSE once, if the first message is refused as above. */
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
      const status = httpStatusOf(error);
      if (this.decided || status === undefined || !FALLBACK_STATUSES.has(status)) throw error;
      this.decided = true;
      await this.fallBack(status);
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

  private async fallBack(status: number): Promise<void> {
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
