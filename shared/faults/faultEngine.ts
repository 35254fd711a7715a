// The fault decision engine: for each message of one connection, which rule fires and what it asks
// for. It decides only; faultStage.ts (messages, lines) and the HTTP fetch apply the decision. The
// semantics, also in shared/faults/README.md:
//
// - Matching. `on M` matches requests and notifications with method M, and responses to a request
//   with method M (ids are paired per direction with shared/requestPairing). `to server` is
//   client → server (outgoing), `to client` server → client (incoming). A rule without `to` acts on
//   requests and notifications both ways but never on responses, so `delay 2s on tools/call` delays
//   the call once, not the call and then its answer; to act on answers say which way (`to client`).
// - Counting. Each rule counts the messages it matches, whether or not another rule acted on them. The
//   first `after N` matches pass; of the later ones, every Nth (`every N`, default 1) is acted on:
//   `kill on tools/call after 1` lets the first call through and kills on the second.
// - One action per message: the first rule in the list that fires decides.
// - Actions. `delay D`: the message is held D, then passed on. `drop`: never passed on.
//   `duplicate`: passed on twice. `reorder`: held until the next message the same way has passed
//   (the stage releases it after REORDER_RELEASE_MS if none comes). `corrupt`: the receiver gets the
//   message's text cut in half (invalid JSON). `error C` (requests only): not passed on; its sender
//   gets a JSON-RPC error with code C in the receiver's place. `timeout` (requests only): passed on,
//   but its answer is withheld, so the sender never hears back. `kill`: the server process is ended
//   (SIGKILL) as the message passes: one to the server is not delivered (the server dies with the
//   request in flight, deterministically), one to the client is delivered first. HTTP only, decided on the POST that carries a
//   message to the server: `status C` answers the POST with that status instead of forwarding it;
//   `expire-session` answers it 404, and every later request with the same session id too, as a
//   server that forgot the session would (the client must initialize again); `close-stream`, on a
//   message to the client carried by an SSE stream, ends that stream before the message.
import { readEnvelope, type JsonRpcId } from '../jsonrpc';
import type { Direction } from '../recordedEvent';
import { cancelledRequestId, RequestPairing } from '../requestPairing';
import { FAULT_ACTIONS, printFaultRule, type FaultActionName, type FaultRule } from './faultRule';

/** Where a decision is asked for: a whole message (stdio, a transport) or an HTTP exchange carrying it. */
export type FaultLayer = 'message' | 'http';

/** What to do with one message; `detail` says it in words for the fault event. */
export type FaultDecision = {
  rule: FaultRule;
  /** The rule's canonical text. */
  ruleText: string;
  action: FaultActionName;
  /** The message's method, or for a response the method of the request it answers. */
  method?: string;
  messageId?: JsonRpcId;
  detail: string;
} & (
  | { action: 'delay'; delayMs: number }
  | { action: 'drop' | 'duplicate' | 'reorder' | 'kill' | 'close-stream' | 'expire-session' }
  | { action: 'corrupt'; text: string }
  /** `answer` goes back to the sender in the receiver's place. */
  | { action: 'error'; answer: { jsonrpc: '2.0'; id: JsonRpcId; error: { code: number; message: string } } }
  /** `request`: pass it on and remember it; `response`: this is its answer, withhold it. */
  | { action: 'timeout'; phase: 'request' | 'response' }
  | { action: 'status'; status: number }
);

const TARGET_OF: Record<Direction, 'server' | 'client'> = { outgoing: 'server', incoming: 'client' };

function opposite(direction: Direction): Direction {
  return direction === 'outgoing' ? 'incoming' : 'outgoing';
}

/** The message's text cut in half: never valid JSON, and still recognisably that message. */
export function corruptedText(message: unknown): string {
  const text = JSON.stringify(message) ?? 'null';
  return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
}

interface ReadMessage {
  kind: ReturnType<typeof readEnvelope>['kind'];
  method?: string;
  id?: JsonRpcId;
}

/** The match counters and request pairing of one connection (a new connection attempt gets a new engine). */
export class FaultEngine {
  private rules: { rule: FaultRule; text: string }[] = [];
  private counts = new Map<string, number>();
  private readonly pairing = new RequestPairing<string>();
  /** Requests a `timeout` let through, per direction they travelled: their answers are withheld. */
  private readonly withheld: Record<Direction, Map<string, string>> = { outgoing: new Map(), incoming: new Map() };

  constructor(rules: readonly FaultRule[] = []) {
    this.setRules(rules);
  }

  /** Replaces the rules; a rule whose text is unchanged keeps its count. */
  setRules(rules: readonly FaultRule[]): void {
    this.rules = rules.map((rule) => ({ rule, text: printFaultRule(rule) }));
    const kept = new Set(this.rules.map(({ text }) => text));
    for (const text of [...this.counts.keys()]) if (!kept.has(text)) this.counts.delete(text);
  }

  /** Whether any rule has this action (the HTTP layer reads event streams only when `close-stream` may act). */
  hasAction(action: FaultActionName): boolean {
    return this.rules.some(({ rule }) => rule.action === action);
  }

  /**
   * Observes a message (at the message layer) and says what to do with it, or undefined to pass it on
   * untouched. At the HTTP layer only HTTP actions are considered and nothing is observed (the same
   * message also goes through the message layer).
   */
  decide(direction: Direction, message: unknown, layer: FaultLayer = 'message'): FaultDecision | undefined {
    // No rules (nearly every connection): nothing is read, so the stage costs nothing. Requests sent
    // while no rule was set are not paired, so a rule added later does not see their answers as theirs.
    if (this.rules.length === 0 && this.withheld.outgoing.size === 0 && this.withheld.incoming.size === 0) return undefined;
    const read = layer === 'message' ? this.observe(direction, message) : this.read(direction, message);
    const withheld = layer === 'message' ? this.withheldAnswer(direction, read) : undefined;
    if (withheld) return withheld;
    let decision: FaultDecision | undefined;
    for (const { rule, text } of this.rules) {
      if (FAULT_ACTIONS[rule.action].httpOnly !== (layer === 'http') || !this.matches(rule, direction, read)) continue;
      const count = (this.counts.get(text) ?? 0) + 1;
      this.counts.set(text, count);
      const past = count - (rule.after ?? 0);
      if (decision || past <= 0 || past % (rule.every ?? 1) !== 0) continue;
      decision = this.decision(rule, text, direction, message, read);
    }
    if (decision?.action === 'timeout' && read.id !== undefined) this.withheld[direction].set(String(read.id), decision.ruleText);
    return decision;
  }

  private read(direction: Direction, message: unknown): ReadMessage {
    const envelope = readEnvelope(message);
    if ((envelope.kind === 'response' || envelope.kind === 'error') && envelope.id !== undefined) {
      const method = this.pairing.openRequest(opposite(direction), envelope.id);
      return { ...envelope, ...(method === undefined ? {} : { method }) };
    }
    return envelope;
  }

  /** Reads the message and keeps the pairing up to date (responses settle their request). */
  private observe(direction: Direction, message: unknown): ReadMessage {
    const read = this.read(direction, message);
    if (read.kind === 'request' && read.id !== undefined && read.method !== undefined) this.pairing.opened(direction, read.id, read.method);
    else if ((read.kind === 'response' || read.kind === 'error') && read.id !== undefined) this.pairing.answered(direction, read.id, 0);
    else if (read.kind === 'notification') {
      const cancelled = cancelledRequestId(message);
      if (cancelled !== undefined) this.pairing.cancelled(direction, cancelled);
    }
    return read;
  }

  private withheldAnswer(direction: Direction, read: ReadMessage): FaultDecision | undefined {
    if ((read.kind !== 'response' && read.kind !== 'error') || read.id === undefined) return undefined;
    const requests = this.withheld[opposite(direction)];
    const ruleText = requests.get(String(read.id));
    const rule = ruleText === undefined ? undefined : this.rules.find(({ text }) => text === ruleText)?.rule;
    if (ruleText === undefined) return undefined;
    requests.delete(String(read.id));
    return {
      rule: rule ?? { action: 'timeout' },
      ruleText,
      action: 'timeout',
      phase: 'response',
      ...(read.method === undefined ? {} : { method: read.method }),
      messageId: read.id,
      detail: `withheld ${describe(read.method, read.id, true)}: its sender never hears back`,
    };
  }

  private matches(rule: FaultRule, direction: Direction, read: ReadMessage): boolean {
    // close-stream can only act on what the server sends: it goes that way without being told.
    const to = rule.to ?? (rule.action === 'close-stream' ? 'client' : undefined);
    if (to !== undefined && to !== TARGET_OF[direction]) return false;
    const isAnswer = read.kind === 'response' || read.kind === 'error';
    if (isAnswer && to === undefined) return false;
    if (rule.method !== undefined && rule.method !== read.method) return false;
    if ((rule.action === 'error' || rule.action === 'timeout') && read.kind !== 'request') return false;
    return true;
  }

  private decision(rule: FaultRule, ruleText: string, direction: Direction, message: unknown, read: ReadMessage): FaultDecision {
    const base = { rule, ruleText, ...(read.method === undefined ? {} : { method: read.method }), ...(read.id === undefined ? {} : { messageId: read.id }) };
    const what = describe(read.method, read.id, read.kind === 'response' || read.kind === 'error');
    const receiver = TARGET_OF[direction];
    switch (rule.action) {
      case 'delay':
        return { ...base, action: 'delay', delayMs: rule.argument ?? 0, detail: `held ${what} for ${rule.argument ?? 0} ms` };
      case 'drop':
        return { ...base, action: 'drop', detail: `dropped ${what}: the ${receiver} never gets it` };
      case 'duplicate':
        return { ...base, action: 'duplicate', detail: `sent ${what} to the ${receiver} twice` };
      case 'reorder':
        return { ...base, action: 'reorder', detail: `held ${what} until the next message to the ${receiver} passed` };
      case 'corrupt':
        return { ...base, action: 'corrupt', text: corruptedText(message), detail: `sent ${what} to the ${receiver} as invalid JSON (cut in half)` };
      case 'error': {
        const code = rule.argument ?? -32603;
        const answer = { jsonrpc: '2.0' as const, id: read.id!, error: { code, message: `Injected by mcp-inspect fault "${ruleText}"` } };
        return { ...base, action: 'error', answer, detail: `answered ${what} with error ${code} in the ${receiver}'s place; the ${receiver} never gets it` };
      }
      case 'timeout':
        return { ...base, action: 'timeout', phase: 'request', detail: `passed on ${what}; its answer will be withheld` };
      case 'kill':
        return { ...base, action: 'kill', detail: direction === 'outgoing' ? `ended the server process as ${what} reached it` : `passed on ${what}, then ended the server process` };
      case 'status':
        return { ...base, action: 'status', status: rule.argument ?? 500, detail: `answered the POST carrying ${what} with HTTP ${rule.argument ?? 500}; the server never gets it` };
      case 'expire-session':
        return { ...base, action: 'expire-session', detail: `answered the POST carrying ${what} with 404, as for an expired session` };
      case 'close-stream':
        return { ...base, action: 'close-stream', detail: `closed the stream before ${what}` };
    }
  }
}

/** `tools/call (id 3)`, or `the answer to tools/call (id 3)` for a response. */
function describe(method: string | undefined, id: JsonRpcId | undefined, answer: boolean): string {
  const idText = id === undefined ? '' : ` (id ${JSON.stringify(id)})`;
  if (answer) return `the answer to ${method ?? 'a request'}${idText}`;
  return `${method ?? 'a message'}${idText}`;
}
