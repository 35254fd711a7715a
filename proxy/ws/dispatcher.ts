// The proxy's side of the shared InspectorApi: each request of the UI mapped onto the inspector. One
// per socket, because `attach` subscribes that socket to what happens next.
import {
  INSPECTOR_PROTOCOL_VERSION,
  type InspectorApi,
  type RequestParams,
  type RequestResult,
} from '../../shared/inspectorProtocol';
import { redactSummary, redactTarget, restoreMaskedSecrets } from '../../shared/session/redaction';
import type { EventJson } from '../inspector/eventBytes';
import type { Inspector, InspectorObserver } from '../inspector/Inspector';
import { previewReplayForPage, replayForPage } from './replayForPage';
import { NO_REPLAY_RECORDING, type ReplayRecording } from '../sessions/recordingConfig';

/**
 * Makes the observer for a fresh attach; it must pass on only events with seq > `afterSeq`, and only
 * after `snapshotEvents` (the snapshot's events, not in the attach answer) were sent.
 */
export type ObserverFactory = (afterSeq: number, snapshotEvents: readonly EventJson[]) => InspectorObserver;

export class Dispatcher implements InspectorApi {
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly inspector: Inspector,
    private readonly observerAfter: ObserverFactory,
    /** Where the replays this page starts record. */
    private readonly replayRecording: ReplayRecording = NO_REPLAY_RECORDING,
  ) {}

  /**
   * Snapshot and subscription in one synchronous step: nothing can happen in between. The answer
   * carries no events, only their count: the observer factory streams them in bounded frames.
   */
  async attach({ protocolVersion }: RequestParams<'attach'>): Promise<RequestResult<'attach'>> {
    if (protocolVersion !== INSPECTOR_PROTOCOL_VERSION) {
      throw new Error(
        `Protocol mismatch: this mcp-inspect proxy speaks inspector protocol ${INSPECTOR_PROTOCOL_VERSION}, the page speaks ${protocolVersion}. Reload the page, or restart mcp-inspect, so both come from the same version.`,
      );
    }
    this.unsubscribe?.();
    const snapshot = this.inspector.pageSnapshot();
    this.unsubscribe = this.inspector.subscribe(this.observerAfter(snapshot.lastSeq, snapshot.eventBytes));
    return {
      protocolVersion: INSPECTOR_PROTOCOL_VERSION,
      // The page never holds a secret: it edits targets with the masks left in (restored in connect).
      launch: this.pageLaunch(),
      connections: snapshot.connections.map(redactSummary),
      events: [],
      eventCount: snapshot.eventBytes.length,
      olderEventCounts: snapshot.olderEventCounts,
      pageEventLimit: snapshot.pageEventLimit,
      findings: snapshot.findings,
      serverRequests: snapshot.serverRequests,
    };
  }

  async readEvents({ connectionId, from, count }: RequestParams<'readEvents'>): Promise<RequestResult<'readEvents'>> {
    return { events: await this.inspector.readEvents({ ...(connectionId === undefined ? {} : { connectionId }), from, count }) };
  }

  async connect({ target, settings }: RequestParams<'connect'>): Promise<RequestResult<'connect'>> {
    // A new connection may be the launch target's form, prefilled with its masked values.
    return redactSummary(this.inspector.connect(restoreMaskedSecrets(target, this.inspector.launch.target), settings));
  }

  async disconnect({ connectionId }: RequestParams<'disconnect'>): Promise<RequestResult<'disconnect'>> {
    return redactSummary(await this.inspector.get(connectionId).disconnect());
  }

  async reconnect({ connectionId, target, settings }: RequestParams<'reconnect'>): Promise<RequestResult<'reconnect'>> {
    const connection = this.inspector.get(connectionId);
    const restored = target === undefined ? undefined : restoreMaskedSecrets(target, connection.summary().target);
    return redactSummary(await connection.reconnect(restored, settings));
  }

  private pageLaunch(): RequestResult<'attach'>['launch'] {
    const { launch } = this.inspector;
    return launch.target === undefined ? launch : { ...launch, target: redactTarget(launch.target) };
  }

  async removeConnection({ connectionId }: RequestParams<'removeConnection'>): Promise<RequestResult<'removeConnection'>> {
    await this.inspector.remove(connectionId);
    return {};
  }

  request({ connectionId, method, params, timeoutMs, requestKey, origin }: RequestParams<'request'>): Promise<RequestResult<'request'>> {
    return this.inspector.get(connectionId).request(method, params, {
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      ...(requestKey === undefined ? {} : { requestKey }),
      ...(origin === undefined ? {} : { origin }),
    });
  }

  async recordAppTraffic({ connectionId, messages }: RequestParams<'recordAppTraffic'>): Promise<RequestResult<'recordAppTraffic'>> {
    return { recorded: this.inspector.recordAppTraffic(connectionId, messages) };
  }

  async cancelRequest({ connectionId, requestKey, reason }: RequestParams<'cancelRequest'>): Promise<RequestResult<'cancelRequest'>> {
    return { cancelled: this.inspector.get(connectionId).cancelRequest(requestKey, reason) };
  }

  async respond({ connectionId, requestId, answer }: RequestParams<'respond'>): Promise<RequestResult<'respond'>> {
    this.inspector.respond(connectionId, requestId, answer);
    return {};
  }

  setRoots({ connectionId, roots }: RequestParams<'setRoots'>): Promise<RequestResult<'setRoots'>> {
    return this.inspector.get(connectionId).setRoots(roots);
  }

  async setFaults({ connectionId, faults }: RequestParams<'setFaults'>): Promise<RequestResult<'setFaults'>> {
    return this.inspector.get(connectionId).setFaults(faults);
  }

  async sendRaw({ connectionId, text }: RequestParams<'sendRaw'>): Promise<RequestResult<'sendRaw'>> {
    return this.inspector.get(connectionId).sendRaw(text);
  }

  replaySession(params: RequestParams<'replaySession'>): Promise<RequestResult<'replaySession'>> {
    return replayForPage(this.inspector.launch, params, this.replayRecording());
  }

  async previewReplay(params: RequestParams<'previewReplay'>): Promise<RequestResult<'previewReplay'>> {
    return previewReplayForPage(this.inspector.launch, params);
  }

  /** The socket went away: stop observing. */
  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
