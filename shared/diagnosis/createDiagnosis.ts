// The diagnosis engine: feeds every recorded event to every rule, per connection attempt, and collects
// what they find. Pure and incremental: the same stream always yields the same findings, whether it is
// fed live, from a reopened session or from a replay.
import { readEnvelope } from '../jsonrpc';
import { endsConnectionAttempt } from '../requestPairing';
import type { FaultEvent } from '../faults/faultEvent';
import type { RecordedEvent, RecordedMessage } from '../recordedEvent';
import type { Finding, FindingCause } from './finding';
import { createHandshakeState, updateHandshake, type HandshakeState } from './handshakeState';
import { RequestTracker } from './requestTracker';
import { diagnosisRules } from './ruleRegistry';
import type { ConnectionView, DiagnosisRule, FindingDraft, ObservedMessage, RuleChecker, RuleInput } from './rule';

/** The diagnosis of one recorded stream (all its connections). */
export interface Diagnosis {
  /** Feeds the next event; returns the findings it caused. */
  observe(event: RecordedEvent): Finding[];
  /** Ends the stream: runs the end-of-attempt rules (e.g. requests never answered) on every open connection. */
  finish(): Finding[];
  /** Every finding so far, in the order they were raised. */
  findings(): Finding[];
}

/** One attempt of one connection: everything the rules remember about it. */
interface AttemptState {
  view: ConnectionView;
  tracker: RequestTracker;
  handshake: HandshakeState;
  checkers: { rule: DiagnosisRule; checker: RuleChecker }[];
  /** Whether anything happened since the attempt began (a reconnect then ends it first). */
  active: boolean;
  /** Seqs of client messages that raised a finding: whatever follows from them is the inspector's doing too. */
  inspectorSeqs: Set<number>;
}

function startAttempt(connectionId: string, rules: readonly DiagnosisRule[], clientIsInspector: boolean): AttemptState {
  const tracker = new RequestTracker();
  const handshake = createHandshakeState();
  const view: ConnectionView = { connectionId, clientIsInspector, handshake, pendingRequests: () => tracker.pendingRequests() };
  return { view, tracker, handshake, checkers: rules.map((rule) => ({ rule, checker: rule.createChecker() })), active: false, inspectorSeqs: new Set() };
}

/** The JSON-RPC messages a message event carries: one, or each element of a non-empty batch. */
function messagesOf(event: RecordedMessage): { raw: unknown; batch?: { index: number; size: number } }[] {
  if (!Array.isArray(event.message) || event.message.length === 0) return [{ raw: event.message }];
  const size = event.message.length;
  return event.message.map((raw: unknown, index) => ({ raw, batch: { index, size } }));
}

/** Reads one message, pairs it with its request and updates the handshake, before the rules look at it. */
function observeMessage(event: RecordedMessage, part: ReturnType<typeof messagesOf>[number], attempt: AttemptState): ObservedMessage {
  const sender = event.direction === 'outgoing' ? 'client' : 'server';
  const envelope = readEnvelope(part.raw);
  const message: ObservedMessage = { seq: event.seq, direction: event.direction, sender, raw: part.raw, envelope };
  if (part.batch) message.batch = part.batch;
  const correlation = attempt.tracker.observe(sender, part.raw, envelope, event.seq);
  if (correlation) message.correlation = correlation;
  updateHandshake(attempt.handshake, message);
  return message;
}

/**
 * A rule that throws on some odd input must not take the whole diagnosis (and the proxy) down with it;
 * the failure becomes a finding of its own, as deterministic as any other.
 */
function runSafely(check: () => FindingDraft[], event: RecordedEvent | undefined): FindingDraft[] {
  try {
    return check();
  } catch (error) {
    return ruleFailure(error, event);
  }
}

function ruleFailure(error: unknown, event: RecordedEvent | undefined): FindingDraft[] {
  const detail = error instanceof Error ? error.message : String(error);
  return [{ message: `This rule failed while checking the event (${detail}); please report it.`, seqs: event ? [event.seq] : [], severity: 'info' }];
}

/**
 * When the inspector is the client, a finding raised on a client message is about its own traffic (an
 * undeclared request sent anyway, the Raw composer); so is one about the server's answer to such a
 * request, or one pointing at it. On a tapped connection the host is the client: its messages are its
 * own, and only what an injected fault changed (`inspectorSeqs`) or a rule says is the inspector's.
 * Everything else is the server's (or, tapped, the host's: the finding's message names the sender).
 */
function causeOf(attempt: AttemptState, draft: FindingDraft, message: ObservedMessage | undefined): FindingCause | undefined {
  const answered = message?.correlation && 'request' in message.correlation ? message.correlation.request.seq : undefined;
  const ownMessage = attempt.view.clientIsInspector && message?.sender === 'client';
  const inspector =
    draft.cause === 'inspector' ||
    ownMessage ||
    (answered !== undefined && attempt.inspectorSeqs.has(answered)) ||
    draft.seqs.some((seq) => attempt.inspectorSeqs.has(seq));
  if (!inspector) return draft.cause;
  if (ownMessage) rememberInspectorSeq(attempt, message.seq);
  return 'inspector';
}

/**
 * The inspector's messages a later finding may point at: the latest 10,000. A fault that acts on every
 * message of a day-long tap would otherwise grow the set for the whole run; an answer or a finding
 * comes long before 10,000 more of the inspector's own messages have passed.
 */
export const MAX_INSPECTOR_SEQS = 10_000;

function rememberInspectorSeq(attempt: AttemptState, seq: number): void {
  attempt.inspectorSeqs.add(seq);
  if (attempt.inspectorSeqs.size > MAX_INSPECTOR_SEQS) attempt.inspectorSeqs.delete(attempt.inspectorSeqs.values().next().value!);
}

/**
 * A fault that changed what a peer received makes the message it acted on the inspector's, and with it
 * what follows from it (an injected error leaves the request unanswered by the server, a duplicated
 * request is answered twice, a killed server leaves its requests open). A delay changes only timing,
 * and `timeout` only withholds the server's own answer from the client: findings about those stay the server's.
 */
function faultChangesWhatPeerSees(fault: FaultEvent): boolean {
  return fault.targetSeq !== undefined && fault.action !== 'delay' && fault.action !== 'timeout';
}

/**
 * Findings listed per rule and connection. A server that repeats one mistake in every message (a stream
 * of notifications with an invalid field, a host's tap for a day) raised one finding per message, every
 * one kept for the whole run, in the attach snapshot and in each page: 200,000 of them took a proxy to
 * 236 MiB. Past the limit, one notice says that the rule's further findings on that connection are not
 * listed; check's verdict is unchanged, as the listed findings already decide it.
 */
export const MAX_FINDINGS_PER_RULE = 1_000;

function limitNotice(rule: DiagnosisRule, connectionId: string, cause: FindingCause | undefined): Finding {
  const { descriptor } = rule;
  return {
    ruleId: descriptor.id,
    severity: 'info',
    connectionId,
    message: `This rule ("${descriptor.title}") has raised ${MAX_FINDINGS_PER_RULE.toLocaleString('en')} findings on this connection; further ones are not listed, so that a long run keeps the inspector's memory bounded. The log still has every message.`,
    specSection: descriptor.specSection,
    seqs: [],
    ...(cause ? { cause } : {}),
  };
}

export interface DiagnosisOptions {
  /**
   * Whether the inspector itself is the client (true, the default): false on a tapped connection, where
   * a host is the client and the inspector only watches, so the host's mistakes are not "your request".
   */
  clientIsInspector?: boolean;
}

/** Creates an empty diagnosis; pass `rules` to run a subset (tests do), else every registered rule runs. */
export function createDiagnosis(rules: readonly DiagnosisRule[] = diagnosisRules, { clientIsInspector = true }: DiagnosisOptions = {}): Diagnosis {
  const attempts = new Map<string, AttemptState>();
  const all: Finding[] = [];
  /** Per connection (all its attempts), how many findings each rule has raised. */
  const raisedCounts = new Map<string, Map<string, number>>();

  /** Whether the rule's next finding on the connection is listed; the first one past the limit adds the notice. */
  const listed = (rule: DiagnosisRule, connectionId: string, cause: FindingCause | undefined, into: Finding[]): boolean => {
    let counts = raisedCounts.get(connectionId);
    if (!counts) raisedCounts.set(connectionId, (counts = new Map()));
    const count = (counts.get(rule.descriptor.id) ?? 0) + 1;
    counts.set(rule.descriptor.id, count);
    if (count === MAX_FINDINGS_PER_RULE + 1) into.push(limitNotice(rule, connectionId, cause));
    return count <= MAX_FINDINGS_PER_RULE;
  };

  const stamp = (attempt: AttemptState, rule: DiagnosisRule, drafts: FindingDraft[], into: Finding[], message?: ObservedMessage) => {
    for (const draft of drafts) {
      const { descriptor } = rule;
      const cause = causeOf(attempt, draft, message);
      if (!listed(rule, attempt.view.connectionId, cause, into)) continue;
      into.push({
        ruleId: descriptor.id,
        severity: draft.severity ?? descriptor.severity,
        connectionId: attempt.view.connectionId,
        message: draft.message,
        specSection: descriptor.specSection,
        seqs: draft.seqs,
        ...(cause ? { cause } : {}),
      });
    }
  };

  const endAttempt = (attempt: AttemptState, raised: Finding[], event?: RecordedEvent) => {
    for (const { rule, checker } of attempt.checkers) stamp(attempt, rule, runSafely(() => checker.end?.({ event, connection: attempt.view }) ?? [], event), raised);
    attempt.tracker.abandonAll();
  };

  const observe = (event: RecordedEvent): Finding[] => {
    const raised: Finding[] = [];
    let attempt = attempts.get(event.connectionId);
    const begins = event.kind === 'transport' && (event.event.type === 'connecting' || event.event.type === 'spawned');
    if (attempt && begins && attempt.active) endAttempt(attempt, raised);
    if (!attempt || (begins && attempt.active)) {
      attempt = startAttempt(event.connectionId, rules, clientIsInspector);
      attempts.set(event.connectionId, attempt);
    }
    attempt.active = true;
    if (event.kind === 'fault' && faultChangesWhatPeerSees(event.fault)) rememberInspectorSeq(attempt, event.fault.targetSeq!);
    // The hot path (every rule, every message): no closure per rule, and stamping only what was found.
    const check = (input: RuleInput) => {
      for (const { rule, checker } of attempt.checkers) {
        let drafts: FindingDraft[];
        try {
          drafts = checker.observe(input);
        } catch (error) {
          drafts = ruleFailure(error, event);
        }
        if (drafts.length > 0) stamp(attempt, rule, drafts, raised, input.message);
      }
    };
    if (event.kind !== 'message') check({ event, connection: attempt.view });
    else {
      for (const part of messagesOf(event)) {
        const message = observeMessage(event, part, attempt);
        // A message too deep to handle is only a stand-in (its nested values emptied): it still pairs
        // with its request, but the rules would judge the stand-in, not what the server sent.
        if (!event.tooDeep) check({ event, message, connection: attempt.view });
      }
    }
    if (endsConnectionAttempt(event)) endAttempt(attempt, raised, event);
    all.push(...raised);
    return raised;
  };

  const finish = (): Finding[] => {
    const raised: Finding[] = [];
    for (const attempt of attempts.values()) endAttempt(attempt, raised);
    all.push(...raised);
    return raised;
  };

  return { observe, finish, findings: () => [...all] };
}
