// Applies the engine's decisions to a stream of messages, through callbacks, so one stage serves every
// place a message passes: an ordinary connection's transport (whole messages) and the tap (lines of
// newline-delimited JSON between a host and a server). The caller records each message as its sender
// sent it, then hands it here; the stage passes it on (or not) and records what the fault did.
import type { Direction } from '../recordedEvent';
import type { FaultDecision, FaultEngine } from './faultEngine';
import type { FaultEvent } from './faultEvent';

/** A message `reorder` holds is released after this long if no other message comes the same way. */
export const REORDER_RELEASE_MS = 1000;

/** How the stage reaches the wire; `direction` is always the way the message travels. */
export interface FaultStageWire {
  /** Passes a message on to its receiver; `text` is its original text when the caller has it (the tap: byte for byte). */
  forward(direction: Direction, message: unknown, text: string | undefined): void;
  /** Writes text as is to the receiver (`corrupt`: not valid JSON). */
  forwardText(direction: Direction, text: string): void;
  /** Delivers a message the inspector made up; it travels `direction` (the opposite of the message it answers). */
  answer(direction: Direction, message: unknown): void;
  /** Ends the server process (over HTTP: ends the connection). */
  killServer(): void;
  /** Records the fault as an event of the stream. */
  recordFault(fault: FaultEvent): void;
}

/** Where the message came from in the recording, and its original text. */
export interface PassedMessage {
  /** The seq the message was recorded under. */
  targetSeq?: number;
  /** The message's text as it arrived (forwarded unchanged when no fault touches it). */
  text?: string;
}

interface Held {
  message: unknown;
  text: string | undefined;
  timer: ReturnType<typeof setTimeout>;
}

function opposite(direction: Direction): Direction {
  return direction === 'outgoing' ? 'incoming' : 'outgoing';
}

export class FaultStage {
  private readonly reordered: Partial<Record<Direction, Held>> = {};
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private closed = false;

  constructor(
    readonly engine: FaultEngine,
    private readonly wire: FaultStageWire,
  ) {}

  /** Takes one message travelling `direction`; returns the decision applied (undefined: passed untouched). */
  pass(direction: Direction, message: unknown, passed: PassedMessage = {}): FaultDecision | undefined {
    if (this.closed) return undefined;
    const decision = this.engine.decide(direction, message);
    if (decision) this.wire.recordFault(faultEventOf(decision, direction, passed.targetSeq));
    this.apply(direction, message, passed.text, decision);
    // A message `reorder` holds goes right after the next one the same way.
    const held = this.reordered[direction];
    if (held && decision?.action !== 'reorder') this.release(direction);
    return decision;
  }

  /** Stops: nothing held or delayed is passed on any more (the connection is gone). */
  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const held of Object.values(this.reordered)) clearTimeout(held.timer);
  }

  private apply(direction: Direction, message: unknown, text: string | undefined, decision: FaultDecision | undefined): void {
    const forward = () => this.wire.forward(direction, message, text);
    switch (decision?.action) {
      case undefined:
        return forward();
      case 'delay':
        return this.later(decision.delayMs, forward);
      case 'drop':
        return;
      case 'duplicate':
        forward();
        return forward();
      case 'reorder':
        return this.hold(direction, message, text);
      case 'corrupt':
        return this.wire.forwardText(direction, decision.text);
      case 'error':
        return this.wire.answer(opposite(direction), decision.answer);
      case 'timeout':
        if (decision.phase === 'request') forward();
        return;
      case 'kill':
        // To the server: it dies with the request unseen (deterministic); to the client: it gets the message first.
        if (direction === 'incoming') forward();
        return this.wire.killServer();
      // HTTP actions are applied by the HTTP layer; the engine never returns them here.
      case 'status':
      case 'close-stream':
      case 'expire-session':
        return forward();
    }
  }

  private later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) run();
    }, ms);
    this.timers.add(timer);
  }

  private hold(direction: Direction, message: unknown, text: string | undefined): void {
    // A second reorder while one is held: the first goes now, so nothing is held twice.
    if (this.reordered[direction]) this.release(direction);
    const timer = setTimeout(() => this.release(direction), REORDER_RELEASE_MS);
    this.reordered[direction] = { message, text, timer };
  }

  private release(direction: Direction): void {
    const held = this.reordered[direction];
    if (!held) return;
    delete this.reordered[direction];
    clearTimeout(held.timer);
    if (!this.closed) this.wire.forward(direction, held.message, held.text);
  }
}

/** The event a decision becomes. */
export function faultEventOf(decision: FaultDecision, direction: Direction, targetSeq: number | undefined): FaultEvent {
  return {
    rule: decision.ruleText,
    action: decision.action,
    direction,
    ...(targetSeq === undefined ? {} : { targetSeq }),
    ...(decision.messageId === undefined ? {} : { messageId: decision.messageId }),
    ...(decision.method === undefined ? {} : { method: decision.method }),
    detail: decision.detail,
    ...(decision.action === 'error' ? { injected: decision.answer } : {}),
  };
}
