// One server the inspector talks to: the SDK v2 Client over a tapped transport, and the state the UI
// sees (connecting → connected → disconnected | exited | failed). Each (re)connect is a new attempt
// with its own client and transport; events of a retired attempt are still recorded but no longer
// change the state.
import type { Client, OAuthClientProvider } from '@modelcontextprotocol/client';
import { z } from 'zod';
import type {
  ConnectionSettings,
  ConnectionState,
  ConnectionSummary,
  ConnectionTarget,
  Handshake,
  ProcessExit,
  RemoteTarget,
  ResolvedTransport,
  Root,
} from '../../shared/connectionTypes';
import type { RequestOutcome } from '../../shared/inspectorProtocol';
import type { RecordedEvent, UnstampedEvent } from '../../shared/recordedEvent';
import type { RequestProgress } from '../../shared/serverRequests';
import { isStdioTarget } from '../../shared/isStdioTarget';
import { FaultEngine } from '../../shared/faults/faultEngine';
import { enabledFaultRules, parseFaultRules, type FaultRuleEntry } from '../../shared/faults/faultRule';
import type { JsonRpcId } from '../../shared/jsonrpc';
import { jsonDepth, MAX_MESSAGE_DEPTH, nestsTooDeep } from '../../shared/messageDepth';
import { createTransport } from '../upstream/createTransport';
import { describeError } from '../upstream/describeError';
import type { TappedTransport } from '../upstream/transportTypes';
import { createInspectorClient } from './clientRole';
import { ModernSession } from './eraModernSession';
import { describeEraMismatch, isEraNegotiationFailure } from './eraNegotiation';
import { RawComposerRouter, type RawSendResult } from './rawComposer';
import { serverLabel, targetLabel } from './connectionLabel';
import { HandshakeCapture } from './handshakeCapture';
import { InFlightRequests } from './InFlightRequests';
import { AwaitedResponses } from './AwaitedResponses';
import { SentRequestIds, type SentRequest } from './SentRequestIds';
import type { InspectedConnection, RequestCall } from './InspectedConnection';
import { CONNECTION_CLOSED_CODE, INTERNAL_ERROR_CODE, toMcpError } from './requestOutcome';
import type { ServerRequestInbox } from './ServerRequestInbox';

/** How many stderr lines a summary carries, to explain a crash. */
export const STDERR_TAIL_LINES = 20;

/** JSON-RPC code of a request the UI cancelled (the SDK's RequestCancelled). */
const REQUEST_CANCELLED_CODE = -32800;

/** A debugger must be able to send anything, whatever the server declared: results are not checked. */
const AnyResultSchema = z.looseObject({});

/** Where the request went into the log, for the outcome (the UI links a result to its exchange by it). */
function recordedAs(sent: SentRequest | undefined): { requestSeq?: number } {
  return sent === undefined ? {} : { requestSeq: sent.seq };
}

export interface ConnectionOptions {
  id: string;
  target: ConnectionTarget;
  /** Capabilities, roots and timeouts; kept across reconnects unless new ones are given. */
  settings: ConnectionSettings;
  /** Where the server's sampling and elicitation requests wait for the person's answer. */
  inbox: ServerRequestInbox;
  /** Called with each progress notification for a request the UI gave a key. */
  progress(progress: RequestProgress): void;
  /** Our version, sent as clientInfo.version. */
  inspectorVersion: string;
  /** Stamps and publishes one event of this connection's wire. */
  record(event: UnstampedEvent): RecordedEvent;
  /** Called with the new summary whenever any part of it changed. */
  changed(summary: ConnectionSummary): void;
  /** The OAuth client for a remote target (absent: a 401 simply fails the connection). */
  authProvider?(target: RemoteTarget): OAuthClientProvider | undefined;
}

/** One connection attempt. */
interface Attempt {
  client: Client;
  transport: TappedTransport;
  /** Its fault rules' counters and request pairing (a new attempt counts from zero). */
  faults: FaultEngine;
  handshake: HandshakeCapture;
  /** Set once the attempt is over, whichever way; later callbacks of it are ignored. */
  ended: boolean;
  /** The transport closed while the handshake was still running. */
  closedEarly: boolean;
  exit?: ProcessExit;
  /** Set once the handshake settled on the 2026-07-28 era. */
  modern?: ModernSession;
  /**
   * Era auto over stdio, when the probe ended the server: this attempt started it again and sends
   * `initialize` without probing; the text says why (the handshake view's fallback reason).
   */
  legacyRestart?: string;
}

export class Connection implements InspectedConnection {
  readonly id: string;
  private target: ConnectionTarget;
  private label: string;
  private state: ConnectionState = 'connecting';
  private attemptNumber = 0;
  private attempt: Attempt | undefined;
  private readonly rawComposer = new RawComposerRouter();
  private transport: ResolvedTransport | undefined;
  private error: string | undefined;
  private exit: ProcessExit | undefined;
  private handshake: Handshake | undefined;
  private stderrTail: string[] = [];
  private tailChangePending = false;
  private removed = false;
  private settings: ConnectionSettings;
  private readonly inFlight = new InFlightRequests();
  private readonly sentRequests = new SentRequestIds();
  private readonly awaitedResponses = new AwaitedResponses();
  /** A request of an MCP App is being written (see `request`). */
  private sendingForApp = false;

  constructor(private readonly options: ConnectionOptions) {
    this.id = options.id;
    this.target = options.target;
    this.label = targetLabel(options.target);
    this.settings = options.settings;
  }

  summary(): ConnectionSummary {
    return {
      id: this.id,
      label: this.label,
      target: this.target,
      ...(this.transport === undefined ? {} : { transport: this.transport }),
      state: this.state,
      ...(this.error === undefined ? {} : { error: this.error }),
      ...(this.exit === undefined ? {} : { exit: { ...this.exit } }),
      stderrTail: [...this.stderrTail],
      ...(this.handshake === undefined ? {} : { handshake: this.handshake }),
      attempt: this.attemptNumber,
      settings: this.settings,
      ...(this.attempt?.modern ? { listens: this.attempt.modern.listens() } : {}),
    };
  }

  /** Starts a new attempt (retiring any open one); returns once the state is `connecting`. */
  open(): void {
    this.startAttempt();
  }

  private startAttempt(legacyRestart?: string): void {
    if (this.attempt && !this.attempt.ended) void this.retire(this.attempt);
    this.attemptNumber++;
    this.state = 'connecting';
    this.transport = this.error = this.exit = this.handshake = undefined;
    this.stderrTail = [];
    let transport: TappedTransport;
    const faults = new FaultEngine(enabledFaultRules(this.settings.faults));
    try {
      // The tap is only called once the transport starts, after `attempt` exists.
      const target = this.target;
      const authProvider = isStdioTarget(target) ? undefined : this.options.authProvider?.(target);
      transport = createTransport(target, (event) => this.onWireEvent(attempt, event), authProvider, faults);
      this.rawComposer.install(transport);
    } catch (error) {
      this.attempt = undefined;
      this.end('failed', describeError(error));
      this.emitChange();
      return;
    }
    const client = createInspectorClient(this.options.inspectorVersion, {
      connectionId: this.id,
      settings: () => this.settings,
      inbox: this.options.inbox,
    });
    const attempt: Attempt = { client, transport, faults, handshake: new HandshakeCapture(), ended: false, closedEarly: false, ...(legacyRestart ? { legacyRestart } : {}) };
    this.attempt = attempt;
    client.onclose = () => this.onClosed(attempt);
    this.emitChange();
    void this.runHandshake(attempt);
  }

  /** Closes the connection (ending a stdio server) and keeps it listed as `disconnected`. */
  async disconnect(): Promise<ConnectionSummary> {
    const attempt = this.attempt;
    if (attempt && !attempt.ended) {
      await this.retire(attempt);
      if (attempt === this.attempt) {
        this.state = 'disconnected';
        this.error = undefined;
        this.emitChange();
      }
    }
    return this.summary();
  }

  /** Closes (if open) and opens again, with an edited target if given; the log is kept. */
  async reconnect(target?: ConnectionTarget, settings?: ConnectionSettings): Promise<ConnectionSummary> {
    if (this.attempt && !this.attempt.ended) await this.retire(this.attempt);
    if (target) {
      this.target = target;
      this.label = targetLabel(target);
    }
    if (settings) this.settings = settings;
    this.open();
    return this.summary();
  }

  /** Disconnects for good: no more change events. */
  async remove(): Promise<void> {
    this.removed = true;
    await this.disconnect();
  }

  /** Writes text to the server as is (the raw composer); answers to its requests bypass the SDK client. */
  async sendRaw(text: string): Promise<RawSendResult> {
    const attempt = this.attempt;
    if (!attempt || attempt.ended) throw new Error(`Not connected (the connection is ${this.state})`);
    return this.rawComposer.send(attempt.transport, text);
  }

  /**
   * Sends any request through the SDK client; a server's error is an outcome, not a failure. Every
   * request asks for progress (the SDK adds a progress token) and follows the connection's timeouts.
   */
  async request(method: string, params: Record<string, unknown> | undefined, call: RequestCall = {}): Promise<RequestOutcome> {
    const started = performance.now();
    const attempt = this.attempt;
    if (!attempt || this.state !== 'connected') {
      return { ok: false, error: { code: CONNECTION_CLOSED_CODE, message: `Not connected (the connection is ${this.state})` }, durationMs: 0 };
    }
    const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
    const { requestKey } = call;
    const tracked = this.inFlight.start(requestKey);
    const settings = this.settings;
    const intercepted = attempt.modern?.intercept(method, params);
    if (intercepted) {
      tracked.finish();
      return intercepted;
    }
    const headers = attempt.modern?.requestHeaders(method, params);
    params = attempt.modern ? attempt.modern.withLogLevel(params) : params;
    // Right before the SDK sends it: the next outgoing request recorded is this call's.
    const sent = this.sentRequests.watch();
    // The SDK writes the request within `client.request()`: marked as the app's while that runs.
    this.sendingForApp = call.origin === 'app';
    let jsonRpcId: JsonRpcId | undefined;
    try {
      const pending = attempt.client.request({ method, ...(params === undefined ? {} : { params }) }, AnyResultSchema, {
        timeout: call.timeoutMs ?? settings.requestTimeoutMs,
        resetTimeoutOnProgress: settings.resetTimeoutOnProgress,
        ...(settings.maxTotalTimeoutMs === undefined ? {} : { maxTotalTimeout: settings.maxTotalTimeoutMs }),
        ...(tracked.signal === undefined ? {} : { signal: tracked.signal }),
        ...(headers === undefined ? {} : { headers }),
        onprogress: (progress) => this.publishProgress(requestKey, progress),
      });
      this.sendingForApp = false;
      // The SDK wrote the request synchronously: its id is known before any answer can be read.
      jsonRpcId = sent.id();
      if (jsonRpcId !== undefined) this.awaitedResponses.expect(jsonRpcId);
      const result = await pending;
      if (nestsTooDeep(result)) {
        // Sending it on would overflow the stack of every step after this one (socket, CLI output).
        const message = `The result nests ${jsonDepth(result)} levels deep, more than the inspector can handle (${MAX_MESSAGE_DEPTH}); the message is recorded as raw text`;
        return { ok: false, error: { code: INTERNAL_ERROR_CODE, message }, durationMs: elapsed() };
      }
      const resultSeq = jsonRpcId === undefined ? undefined : this.awaitedResponses.take(jsonRpcId, result);
      return { ok: true, result, durationMs: elapsed(), ...(resultSeq === undefined ? {} : { resultSeq }), ...recordedAs(sent.request()) };
    } catch (error) {
      this.sendingForApp = false;
      if (tracked.wasCancelled()) {
        const reason = String(tracked.signal?.reason ?? 'Cancelled');
        jsonRpcId ??= sent.id();
        return { ok: false, error: { code: REQUEST_CANCELLED_CODE, message: `Cancelled: ${reason}` }, durationMs: elapsed(), cancelled: true, ...(jsonRpcId === undefined ? {} : { jsonRpcId }), ...recordedAs(sent.request()) };
      }
      return { ok: false, error: toMcpError(error), durationMs: elapsed(), ...recordedAs(sent.request()) };
    } finally {
      tracked.finish();
      if (jsonRpcId !== undefined) this.awaitedResponses.forget(jsonRpcId);
    }
  }

  private publishProgress(requestKey: string | undefined, progress: { progress: number; total?: number; message?: string }): void {
    if (requestKey === undefined) return;
    this.options.progress({
      connectionId: this.id,
      requestKey,
      progress: progress.progress,
      ...(progress.total === undefined ? {} : { total: progress.total }),
      ...(progress.message === undefined ? {} : { message: progress.message }),
    });
  }

  /** Cancels an in-flight request sent with this key; false when it already ended. */
  cancelRequest(requestKey: string, reason = 'Cancelled from the inspector'): boolean {
    return this.inFlight.cancel(requestKey, reason);
  }

  /** Replaces the roots `roots/list` answers with, and tells the server when it can ask again. */
  async setRoots(roots: Root[]): Promise<ConnectionSummary> {
    this.settings = { ...this.settings, roots };
    this.emitChange();
    const attempt = this.attempt;
    if (attempt && this.state === 'connected' && this.settings.capabilities.roots) {
      // A send failure is recorded by the tap; the roots are changed either way.
      await attempt.client.sendRootsListChanged().catch(() => undefined);
    }
    return this.summary();
  }

  /**
   * Replaces the connection's fault rules; they act from the next message on, and an unchanged rule
   * keeps its count. Throws on a rule that does not parse (enabled or not), naming it.
   */
  setFaults(faults: FaultRuleEntry[]): ConnectionSummary {
    parseFaultRules(faults.map((entry) => entry.rule));
    this.settings = { ...this.settings, faults };
    this.attempt?.faults.setRules(enabledFaultRules(faults));
    this.emitChange();
    return this.summary();
  }

  /** Last resort at process exit: ends a stdio server synchronously. */
  killNow(): void {
    this.attempt?.transport.killNow();
  }

  private async runHandshake(attempt: Attempt): Promise<void> {
    try {
      await attempt.client.connect(attempt.transport, attempt.legacyRestart ? { prior: { kind: 'legacy' } } : undefined);
    } catch (error) {
      if (attempt.ended) return;
      attempt.ended = true;
      const restart = this.probeEndedServer(attempt, error);
      if (restart) {
        this.options.record({ kind: 'transport', event: { type: 'error', message: `${restart}; starting it again for initialize (era auto)` } });
        this.startAttempt(`${restart}; it was started again and sent initialize`);
        void this.closeQuietly(attempt);
        return;
      }
      // A stdio server we closed after a refused probe exits with 0: the refusal is what happened.
      const eraMismatch = isEraNegotiationFailure(error) ? describeEraMismatch(attempt.handshake.discoverProbe()) : undefined;
      if (eraMismatch) this.end('failed', eraMismatch);
      else if (attempt.exit) this.endWithExit(attempt.exit, ' before the handshake finished');
      else this.end('failed', describeError(error));
      this.emitChange();
      await this.closeQuietly(attempt);
      return;
    }
    if (attempt.ended) return;
    if (attempt.closedEarly) {
      this.onClosed(attempt);
      return;
    }
    this.state = 'connected';
    this.transport = attempt.transport.resolvedTransport;
    const era = attempt.client.getProtocolEra() ?? 'legacy';
    if (era === 'modern') attempt.modern = new ModernSession(attempt.client, () => this.emitChange(), this.transport !== 'stdio');
    const handshake = attempt.handshake.handshake(this.settings.era, era, attempt.client.getNegotiatedProtocolVersion());
    this.handshake = handshake?.negotiation && attempt.legacyRestart ? { ...handshake, negotiation: { ...handshake.negotiation, reason: attempt.legacyRestart } } : handshake;
    this.label = (this.handshake && serverLabel(this.handshake.serverInfo)) ?? this.label;
    this.emitChange();
  }

  /**
   * Era auto over stdio: a legacy server that exits on any request before `initialize` is ended by the
   * `server/discover` probe (the SDK probes in place on a transport not its own). The spec's answer to
   * "no response" is to fall back to initialize, which needs a live process: says why, if so.
   */
  private probeEndedServer(attempt: Attempt, error: unknown): string | undefined {
    if (this.settings.era !== 'auto' || !isStdioTarget(this.target) || attempt.legacyRestart !== undefined) return undefined;
    if (!attempt.exit || !isEraNegotiationFailure(error) || attempt.handshake.discoverProbe() !== undefined) return undefined;
    const how = attempt.exit.signal ? `was killed by ${attempt.exit.signal}` : `exited with code ${attempt.exit.code}`;
    return `The server ${how} on the server/discover probe, as some legacy servers do on any request before initialize`;
  }

  /** The SDK client saw its transport close. */
  private onClosed(attempt: Attempt): void {
    if (attempt.ended || attempt !== this.attempt) return;
    if (this.state === 'connecting') {
      // runHandshake decides: its error says more than the close does.
      attempt.closedEarly = true;
      return;
    }
    attempt.ended = true;
    this.options.record({ kind: 'transport', event: { type: 'closed', reason: 'The server ended the connection' } });
    if (attempt.exit) this.endWithExit(attempt.exit, '');
    else this.end('exited', 'The server closed the connection');
    this.emitChange();
  }

  private endWithExit(exit: ProcessExit, when: string): void {
    const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
    this.end('exited', `Server ${how}${when}`);
    this.exit = exit;
  }

  private end(state: 'exited' | 'failed', error: string): void {
    this.state = state;
    this.error = error;
    this.dropPending(error);
  }

  /** Nothing the server asked for can be answered any more (our own requests fail with the SDK's close). */
  private dropPending(reason: string): void {
    this.options.inbox.closeConnection(this.id, reason);
  }

  private onWireEvent(attempt: Attempt, event: UnstampedEvent): RecordedEvent {
    const recorded = this.options.record(this.sendingForApp && event.kind === 'message' && event.direction === 'outgoing' ? { ...event, via: 'app' } : event);
    if (attempt !== this.attempt) return recorded;
    this.sentRequests.observe(recorded);
    this.awaitedResponses.observe(recorded);
    if (this.state === 'connecting') attempt.handshake.observe(recorded);
    attempt.modern?.observe(recorded);
    if (recorded.kind === 'stderr') {
      this.stderrTail.push(recorded.text);
      if (this.stderrTail.length > STDERR_TAIL_LINES) this.stderrTail.splice(0, this.stderrTail.length - STDERR_TAIL_LINES);
      this.scheduleTailChange();
    } else if (recorded.kind === 'transport' && recorded.event.type === 'exited') {
      attempt.exit = { code: recorded.event.code, signal: recorded.event.signal };
    }
    return recorded;
  }

  /** A chatty server may write thousands of stderr lines a second: one summary per tick is enough. */
  private scheduleTailChange(): void {
    if (this.tailChangePending) return;
    this.tailChangePending = true;
    setImmediate(() => {
      this.tailChangePending = false;
      this.emitChange();
    });
  }

  /** Ends an attempt on our side: the client and transport are closed and their callbacks ignored. */
  private async retire(attempt: Attempt): Promise<void> {
    attempt.ended = true;
    this.dropPending('Closed by the inspector');
    this.options.record({ kind: 'transport', event: { type: 'closed', reason: 'Closed by the inspector' } });
    await this.closeQuietly(attempt);
  }

  private async closeQuietly(attempt: Attempt): Promise<void> {
    await attempt.modern?.closeAll();
    try {
      await attempt.client.close();
    } catch {
      // Closing is best effort; the transport is closed below either way.
    }
    try {
      await attempt.transport.close();
    } catch {
      // Nothing more can be done about a transport that fails to close.
    }
  }

  private emitChange(): void {
    if (!this.removed) this.options.changed(this.summary());
  }
}
