// A connection the inspector watches but does not own: the third implementation of
// InspectedConnection. A host (Claude Desktop, an IDE) is the client and `mcp-inspect tap` passes its
// traffic to the server unchanged; the tap's events arrive here already recorded. The summary (state,
// handshake with the host's clientInfo and capabilities, exit) is read from them. Nothing is ever
// sent: lists and reads the UI asks for are answered from what the host asked, and the rest refused.
import { DEFAULT_CONNECTION_SETTINGS, type ConnectionState, type ConnectionSummary, type ConnectionTarget, type Handshake, type ProcessExit, type TapInfo } from '../../shared/connectionTypes';
import type { RequestOutcome } from '../../shared/inspectorProtocol';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { NOT_RECORDED_CODE } from './unansweredCode';
import { serverLabel, targetLabel } from './connectionLabel';
import { STDERR_TAIL_LINES } from './Connection';
import { HandshakeCapture } from './handshakeCapture';
import type { InspectedConnection } from './InspectedConnection';
import { MAX_KEPT_ANSWERS, READ_ONLY_TAB_METHODS, SeenAnswers } from './SeenAnswers';
import { parseFaultRules, type FaultRuleEntry } from '../../shared/faults/faultRule';
import { stableJson } from '../../shared/stableJson';

const READ_ONLY = 'This connection is tapped: the host is the client, and the inspector only watches its traffic.';

export interface TappedConnectionOptions {
  id: string;
  target: ConnectionTarget;
  tap: TapInfo;
  /** Called with the whole summary whenever it changes. */
  changed: (summary: ConnectionSummary) => void;
  /** Called when the UI removes the connection: the tap stops reporting to this inspector. */
  detach: () => void;
  /** The tap's fault rules (its --fault), as it said hello. */
  faults?: FaultRuleEntry[];
  /** Sends changed fault rules to the tap, which applies them to the traffic it relays. */
  sendFaults: (faults: FaultRuleEntry[]) => void;
}

/** The parts of a tap that say which server of which host it is: the same again after a restart. */
function sameServer(a: ConnectionTarget, b: ConnectionTarget): boolean {
  return stableJson(a) === stableJson(b);
}

export class TappedConnection implements InspectedConnection {
  readonly id: string;
  private state: ConnectionState;
  private label: string;
  private handshake: Handshake | undefined;
  private capture = new HandshakeCapture();
  private readonly answers = new SeenAnswers(READ_ONLY_TAB_METHODS);
  private exit: ProcessExit | undefined;
  private error: string | undefined;
  private stderrTail: string[] = [];
  private attempt = 1;
  private removed = false;

  private tap: TapInfo;
  private detach: () => void;
  private sendFaults: (faults: FaultRuleEntry[]) => void;
  private faults: FaultRuleEntry[];

  constructor(private readonly options: TappedConnectionOptions) {
    this.id = options.id;
    this.label = targetLabel(options.target);
    this.tap = options.tap;
    this.detach = options.detach;
    this.sendFaults = options.sendFaults;
    this.faults = options.faults ?? [];
    this.state = this.firstState();
  }

  /** Over HTTP there is no process to wait for: the reverse proxy is up when the tap says hello. */
  private firstState(): ConnectionState {
    return this.tap.via === 'http' ? 'connected' : 'connecting';
  }

  /**
   * Whether a new tap is this connection's server started again by its host (the tap before it ended):
   * it then goes on in the same log, as a new attempt, as a reconnect would.
   */
  resumableBy(target: ConnectionTarget): boolean {
    return this.state !== 'connected' && this.state !== 'connecting' && sameServer(this.options.target, target);
  }

  resume(tap: TapInfo, detach: () => void, faults: FaultRuleEntry[] | undefined, sendFaults: (faults: FaultRuleEntry[]) => void): void {
    this.tap = tap;
    this.detach = detach;
    this.sendFaults = sendFaults;
    // The new tap's own --fault rules, or else the rules the person set on this connection, go on.
    if (faults !== undefined && faults.length > 0) this.faults = faults;
    else if (this.faults.length > 0) sendFaults(this.faults);
    this.restart();
    this.state = this.firstState();
    this.emit();
  }

  summary(): ConnectionSummary {
    return {
      id: this.id,
      label: this.label,
      target: this.options.target,
      transport: this.tap.via === 'stdio' ? 'stdio' : 'streamable-http',
      state: this.state,
      ...(this.error === undefined ? {} : { error: this.error }),
      ...(this.exit === undefined ? {} : { exit: this.exit }),
      stderrTail: [...this.stderrTail],
      ...(this.handshake === undefined ? {} : { handshake: this.handshake }),
      attempt: this.attempt,
      settings: { ...DEFAULT_CONNECTION_SETTINGS, faults: this.faults },
      tap: this.tap,
    };
  }

  /** Which attempt is current: each restart of the server by its host is one. */
  get attemptNumber(): number {
    return this.attempt;
  }

  /** Every event of the connection, once recorded, in order. */
  observe(event: RecordedEvent): void {
    this.answers.observe(event);
    if (event.kind === 'stderr') {
      this.stderrTail.push(event.text);
      if (this.stderrTail.length > STDERR_TAIL_LINES) this.stderrTail.splice(0, this.stderrTail.length - STDERR_TAIL_LINES);
      return;
    }
    if (event.kind === 'transport') return this.observeTransport(event.event);
    if (event.kind !== 'message') return;
    this.capture.observe(event);
    if (this.handshake !== undefined) return;
    // A host that probed with server/discover first asked for `auto`, whichever era it settled on.
    const requested = this.capture.discoverProbe() ? 'auto' : 'legacy';
    const handshake = this.capture.handshake(requested) ?? this.capture.handshake(requested, 'modern');
    if (!handshake) return;
    this.handshake = handshake;
    this.label = serverLabel(handshake.serverInfo) ?? this.label;
    this.emit();
  }

  private observeTransport(event: Extract<RecordedEvent, { kind: 'transport' }>['event']): void {
    switch (event.type) {
      case 'spawned':
        this.state = 'connected';
        return this.emit();
      case 'exited':
        this.state = 'exited';
        this.exit = { code: event.code, signal: event.signal };
        return this.emit();
      case 'error':
        if (this.state === 'connecting') {
          this.state = 'failed';
          this.error = event.message;
          this.emit();
        }
        return;
      default:
        return;
    }
  }

  private restart(): void {
    this.attempt++;
    this.capture = new HandshakeCapture();
    this.handshake = undefined;
    this.exit = this.error = undefined;
    this.stderrTail = [];
  }

  /** The tap went away without saying the server ended (its process was killed, or the link broke). */
  lost(reason: string): void {
    if (this.state === 'exited' || this.state === 'failed') return;
    this.state = 'disconnected';
    this.error = reason;
    this.emit();
  }

  async request(method: string, params: Record<string, unknown> | undefined): Promise<RequestOutcome> {
    const answer = this.answers.answerTo(method, params);
    if (answer) return answer;
    return {
      ok: false,
      error: { code: NOT_RECORDED_CODE, message: `Not seen: the host has not sent ${method} with these params on this tapped connection lately (a tap keeps the answers to its ${MAX_KEPT_ANSWERS} latest). ${READ_ONLY}` },
      durationMs: 0,
    };
  }

  /** Nothing to close: the server and its pipes are the tap's (the inspector closing all leaves them be). */
  async disconnect(): Promise<ConnectionSummary> {
    return this.summary();
  }

  async reconnect(): Promise<ConnectionSummary> {
    throw new Error(`${READ_ONLY} Restart the server from the host.`);
  }

  /** Forgets the connection here; the tap goes on passing the host's traffic. */
  async remove(): Promise<void> {
    if (this.removed) return;
    this.removed = true;
    this.detach();
  }

  async sendRaw(): Promise<never> {
    throw new Error(`${READ_ONLY} Nothing can be sent to its server from here.`);
  }

  cancelRequest(): boolean {
    return false;
  }

  async setRoots(): Promise<ConnectionSummary> {
    throw new Error(`${READ_ONLY} The roots are the host's.`);
  }

  /** Faults are injected by the tap itself, in the traffic it relays: the rules go to it. */
  setFaults(faults: FaultRuleEntry[]): ConnectionSummary {
    parseFaultRules(faults.map((entry) => entry.rule));
    this.faults = faults;
    this.sendFaults(faults);
    this.emit();
    return this.summary();
  }

  /** The server is the host's (through the tap's process), not the inspector's to end. */
  killNow(): void {}

  private emit(): void {
    if (!this.removed) this.options.changed(this.summary());
  }
}
