// The handshake as the wire showed it: read from the recorded `initialize` request and its response
// (legacy), or from the `server/discover` probe and its result (modern: no `initialize` there), not
// from the SDK's getters, so the UI shows exactly what each side said (and where, by seq).
import { MODERN_PROTOCOL_VERSION, type EraChoice, type Handshake } from '../../shared/connectionTypes';
import { readEnvelope, type JsonRpcId } from '../../shared/jsonrpc';
import type { RecordedEvent, RecordedMessage } from '../../shared/recordedEvent';
import { describeNegotiation, type DiscoverProbe } from './eraNegotiation';

/** The reserved `_meta` keys of the 2026-07-28 envelope and discover result. */
const CLIENT_INFO_KEY = 'io.modelcontextprotocol/clientInfo';
const CLIENT_CAPABILITIES_KEY = 'io.modelcontextprotocol/clientCapabilities';
const SERVER_INFO_KEY = 'io.modelcontextprotocol/serverInfo';

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** One request of the handshake and its answer (a JSON-RPC one, or the refusal of its HTTP POST). */
class ExchangeCapture {
  request: RecordedMessage | undefined;
  private requestId: JsonRpcId | undefined;
  response: RecordedMessage | undefined;
  private refusedStatus: number | undefined;
  /** The request was the last message sent: the next POST exchange recorded is the one that carried it. */
  private awaitingPost = false;

  constructor(private readonly method: string) {}

  observe(event: RecordedEvent): void {
    if (event.kind === 'transport' && event.event.type === 'http' && event.event.method === 'POST' && this.awaitingPost) {
      this.awaitingPost = false;
      if (event.event.status >= 400) this.refusedStatus = event.event.status;
    }
    if (event.kind !== 'message') return;
    const envelope = readEnvelope(event.message);
    if (event.direction === 'outgoing') this.awaitingPost = false;
    if (event.direction === 'outgoing' && envelope.kind === 'request' && envelope.method === this.method) {
      this.request = event;
      this.requestId = envelope.id;
      this.response = this.refusedStatus = undefined;
      this.awaitingPost = true;
    } else if (event.direction === 'incoming' && this.request && envelope.id === this.requestId) {
      if (envelope.kind === 'response' || envelope.kind === 'error') this.response = event;
    }
  }

  params(): Record<string, unknown> {
    return asRecord(asRecord(this.request?.message).params);
  }

  /** The result, when the answer was a success. */
  result(): Record<string, unknown> | undefined {
    const message = asRecord(this.response?.message);
    return 'result' in message ? asRecord(message.result) : undefined;
  }

  probe(): DiscoverProbe | undefined {
    if (!this.response) return this.refusedStatus === undefined ? undefined : { refusedStatus: this.refusedStatus };
    const message = asRecord(this.response.message);
    if ('error' in message) {
      const error = asRecord(message.error);
      return { error: { code: error.code, message: error.message } };
    }
    return { result: asRecord(message.result) };
  }
}

export class HandshakeCapture {
  private readonly initialize = new ExchangeCapture('initialize');
  private readonly discover = new ExchangeCapture('server/discover');

  /** Feed every event of one connection attempt, in order, until the handshake is done. */
  observe(event: RecordedEvent): void {
    this.initialize.observe(event);
    this.discover.observe(event);
  }

  /** What the wire showed of the era probe so far (for a connection that failed in `modern`). */
  discoverProbe(): DiscoverProbe | undefined {
    return this.discover.request ? this.discover.probe() : undefined;
  }

  /**
   * The handshake, once it succeeded: the `initialize` exchange on a legacy connection, the
   * `server/discover` exchange on a modern one. `era` is what the SDK settled on.
   */
  handshake(requested: EraChoice | undefined, era: 'legacy' | 'modern' = 'legacy', negotiatedVersion?: string): Handshake | undefined {
    const negotiation = describeNegotiation(requested, era, this.discoverProbe());
    return era === 'modern' ? this.modernHandshake(negotiation, negotiatedVersion ?? MODERN_PROTOCOL_VERSION) : this.legacyHandshake(negotiation);
  }

  private legacyHandshake(negotiation: Handshake['negotiation']): Handshake | undefined {
    const { request, response } = this.initialize;
    const result = this.initialize.result();
    if (!request || !response || !result) return undefined;
    const params = this.initialize.params();
    return {
      protocolVersionOffered: String(params.protocolVersion ?? ''),
      protocolVersion: String(result.protocolVersion ?? ''),
      serverInfo: asRecord(result.serverInfo),
      serverCapabilities: asRecord(result.capabilities),
      clientInfo: asRecord(params.clientInfo),
      clientCapabilities: asRecord(params.capabilities),
      ...(typeof result.instructions === 'string' ? { instructions: result.instructions } : {}),
      requestSeq: request.seq,
      responseSeq: response.seq,
      negotiation,
    };
  }

  // The discover result is all the server says about itself; the client said its part in `_meta`.
  private modernHandshake(negotiation: Handshake['negotiation'], protocolVersion: string): Handshake | undefined {
    const { request, response } = this.discover;
    const result = this.discover.result();
    if (!request || !response || !result) return undefined;
    const envelope = asRecord(this.discover.params()._meta);
    const offered = envelope['io.modelcontextprotocol/protocolVersion'];
    return {
      protocolVersionOffered: typeof offered === 'string' ? offered : MODERN_PROTOCOL_VERSION,
      protocolVersion,
      serverInfo: asRecord(asRecord(result._meta)[SERVER_INFO_KEY]),
      serverCapabilities: asRecord(result.capabilities),
      clientInfo: asRecord(envelope[CLIENT_INFO_KEY]),
      clientCapabilities: asRecord(envelope[CLIENT_CAPABILITIES_KEY]),
      ...(typeof result.instructions === 'string' ? { instructions: result.instructions } : {}),
      requestSeq: request.seq,
      responseSeq: response.seq,
      negotiation,
    };
  }
}
