// The proxy's side of the shared InspectorApi: each request of the UI mapped onto the inspector. One
// per socket, because `attach` subscribes that socket to what happens next.
import {
  INSPECTOR_PROTOCOL_VERSION,
  type InspectorApi,
  type RequestParams,
  type RequestResult,
} from '../../shared/inspectorProtocol';
import type { RecordedEvent } from '../../shared/recordedEvent';
import type { Inspector, InspectorObserver } from '../inspector/Inspector';
import { previewReplayForPage, replayForPage } from '../replay/replayForPage';
import { NO_REPLAY_RECORDING, type ReplayRecording } from '../sessions/recordingConfig';

/**
 * Makes the observer for a fresh attach; it must pass on only events with seq > `afterSeq`, and only
 * after `snapshotEvents` (the snapshot's events, not in the attach answer) were sent.
 */
export type ObserverFactory = (afterSeq: number, snapshotEvents: readonly RecordedEvent[]) => InspectorObserver;

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
    const snapshot = this.inspector.snapshot();
    this.unsubscribe = this.inspector.subscribe(this.observerAfter(snapshot.lastSeq, snapshot.events));
    return {
      protocolVersion: INSPECTOR_PROTOCOL_VERSION,
      launch: this.inspector.launch,
      connections: snapshot.connections,
      events: [],
      eventCount: snapshot.events.length,
      findings: snapshot.findings,
      serverRequests: snapshot.serverRequests,
    };
  }

  async connect({ target, settings }: RequestParams<'connect'>): Promise<RequestResult<'connect'>> {
    return this.inspector.connect(target, settings);
  }

  disconnect({ connectionId }: RequestParams<'disconnect'>): Promise<RequestResult<'disconnect'>> {
    return this.inspector.get(connectionId).disconnect();
  }

  reconnect({ connectionId, target, settings }: RequestParams<'reconnect'>): Promise<RequestResult<'reconnect'>> {
    return this.inspector.get(connectionId).reconnect(target, settings);
  }

  async removeConnection({ connectionId }: RequestParams<'removeConnection'>): Promise<RequestResult<'removeConnection'>> {
    await this.inspector.remove(connectionId);
    return {};
  }

  request({ connectionId, method, params, timeoutMs, requestKey }: RequestParams<'request'>): Promise<RequestResult<'request'>> {
    return this.inspector.get(connectionId).request(method, params, {
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      ...(requestKey === undefined ? {} : { requestKey }),
    });
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
