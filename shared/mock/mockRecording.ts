// What a mock of a recorded server answers from: one recorded connection's handshake and the answers
// its server gave, grouped by the request they answered (the replay plan's pairing, and replay's
// request match key, so the mock and replay can never disagree on which answer belongs to a request).
import { requestMatchKey } from '../requestPairing';
import type { RecordedEvent } from '../recordedEvent';
import { DEFAULT_IGNORE_RULES, type IgnoreRule } from '../replay/ignoreRules';
import { pickReplayedConnection, replayPlan } from '../replay/replayPlan';
import type { ReplayAnswer } from '../replay/replayReport';
import type { SessionConnection } from '../session/sessionEntries';

/** A recorded answer: a result or a JSON-RPC error. */
export type RecordedAnswer = Exclude<ReplayAnswer, { kind: 'none' }>;

export interface MockRecording {
  /** The id of the recorded connection. */
  connectionId: string;
  /** The server's recorded `initialize` result; undefined when the recording has none (modern era). */
  initializeResult: Record<string, unknown> | undefined;
  /** The answers by `requestMatchKey`, in recorded order. */
  answers: Map<string, RecordedAnswer[]>;
  /** The same answers by the looser key that sets volatile params aside (`requestMatchKey` with rules). */
  looseAnswers: Map<string, RecordedAnswer[]>;
  /** Keys of requests recorded with no answer (cut short, cancelled). */
  unanswered: Set<string>;
  /** Every method the client sent in the recording, answered or not. */
  methods: Set<string>;
  /** The rules that make the loose key. */
  volatile: readonly IgnoreRule[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Reads one recorded connection's events into what the mock answers. */
export function mockRecording(connectionId: string, events: readonly RecordedEvent[], volatile: readonly IgnoreRule[] = DEFAULT_IGNORE_RULES): MockRecording {
  const plan = replayPlan(events);
  const recording: MockRecording = {
    connectionId,
    initializeResult: plan.initializeResult,
    answers: new Map(),
    looseAnswers: new Map(),
    unanswered: new Set(),
    methods: new Set(),
    volatile,
  };
  for (const exchange of plan.exchanges) {
    recording.methods.add(exchange.method);
    const key = requestMatchKey(exchange.method, exchange.params);
    if (exchange.recorded.kind === 'none') {
      recording.unanswered.add(key);
      continue;
    }
    push(recording.answers, key, exchange.recorded);
    push(recording.looseAnswers, requestMatchKey(exchange.method, exchange.params, volatile), exchange.recorded);
  }
  return recording;
}

/** Why a session cannot be mocked: a sentence to show. */
export class MockSourceError extends Error {
  override readonly name = 'MockSourceError';
}

/**
 * The recorded connection to serve: the one named, else the one replay would pick (the first that sent
 * requests), so `replay FILE -- mcp-inspect mock FILE` compares a connection with itself. It must hold
 * a handshake: an `initialize` answered, or a modern `server/discover`.
 */
export function pickMockedConnection(connections: readonly SessionConnection[], connectionId?: string): MockRecording {
  let connection: SessionConnection;
  try {
    connection = pickReplayedConnection(connections, connectionId);
  } catch (error) {
    throw new MockSourceError(error instanceof Error ? error.message : String(error));
  }
  const recording = mockRecording(connection.id, connection.events);
  const discovered = [...recording.answers.keys()].some((key) => key.startsWith('server/discover '));
  if (!recording.initializeResult && !discovered) {
    throw new MockSourceError(`Connection ${connection.id} of the session holds no handshake (no answered initialize or server/discover): there is nothing to answer a client's initialize with.`);
  }
  return recording;
}
