// Answers a client's JSON-RPC messages from a recording, the way the recorded server answered them:
// `initialize` with the recorded handshake, `ping` with {}, every other request with the recorded answer
// to the same method and params (volatile params aside), and anything else with an error that names
// what was not recorded. Pure and stateful per client: one `mockAnswers` per session.
import type { JsonRpcId } from '../jsonrpc';
import { readEnvelope } from '../jsonrpc';
import { requestMatchKey } from '../requestPairing';
import { requestSubject } from '../replay/verdict';
import type { MockRecording, RecordedAnswer } from './mockRecording';

/** The JSON-RPC error codes the mock answers with (JSON-RPC 2.0 §5.1). */
export const MOCK_ERROR_CODES = {
  /** The method never appears in the recording. */
  methodNotFound: -32601,
  /** The method was recorded, but not with these params (the code MCP uses for an unknown tool too). */
  notRecorded: -32602,
  /** The same request was recorded but never answered (the recording was cut short, or it was cancelled). */
  neverAnswered: -32603,
} as const;

/** A JSON-RPC response the mock sends. */
export type MockResponse =
  | { jsonrpc: '2.0'; id: JsonRpcId; result: unknown }
  | { jsonrpc: '2.0'; id: JsonRpcId; error: { code: number; message: string; data?: unknown } };

type Params = Record<string, unknown> | undefined;

const asParams = (value: unknown): Params => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);

/** `tools/call "add"`, `tools/list`: how an error message names the request. */
function describeRequest(method: string, params: Params): string {
  const subject = requestSubject(method, params);
  return subject === undefined ? method : `${method} ${JSON.stringify(subject)}`;
}

/** What differs in a request that was not recorded: its arguments, its cursor, or its params. */
function describeParams(params: Params): string {
  if (params?.arguments !== undefined) return 'with these arguments';
  if (typeof params?.cursor === 'string') return `at cursor ${JSON.stringify(params.cursor)}`;
  const { _meta: _ignored, ...rest } = params ?? {};
  return Object.keys(rest).length === 0 ? 'without params' : 'with these params';
}

/**
 * A function that takes each message a client sends and returns the response to send back, or undefined
 * for what needs none (notifications, responses). The same request recorded several times is answered
 * with its recorded answers in order, then the last one again.
 */
export function mockAnswers(recording: MockRecording): (message: unknown) => MockResponse | undefined {
  const served = new Map<string, number>();
  const next = (key: string, answers: readonly RecordedAnswer[]): RecordedAnswer => {
    const count = served.get(key) ?? 0;
    served.set(key, count + 1);
    return answers[Math.min(count, answers.length - 1)]!;
  };
  const answerTo = (method: string, params: Params): RecordedAnswer => {
    if (method === 'ping') return { kind: 'result', result: {} };
    if (method === 'initialize' && recording.initializeResult) return { kind: 'result', result: recording.initializeResult };
    const key = requestMatchKey(method, params);
    const exact = recording.answers.get(key);
    if (exact) return next(key, exact);
    const looseKey = requestMatchKey(method, params, recording.volatile);
    const loose = recording.looseAnswers.get(looseKey);
    if (loose) return next(`loose ${looseKey}`, loose);
    return notRecorded(recording, key, method, params);
  };
  return (message) => {
    const envelope = readEnvelope(message);
    if (envelope.kind !== 'request') return undefined;
    const answer = answerTo(envelope.method!, asParams((message as { params?: unknown }).params));
    return answer.kind === 'result' ? { jsonrpc: '2.0', id: envelope.id!, result: answer.result } : { jsonrpc: '2.0', id: envelope.id!, error: answer.error };
  };
}

function notRecorded(recording: MockRecording, key: string, method: string, params: Params): RecordedAnswer {
  const error = (code: number, message: string): RecordedAnswer => ({ kind: 'error', error: { code, message: `mcp-inspect mock: ${message}` } });
  const request = describeRequest(method, params);
  if (recording.unanswered.has(key)) return error(MOCK_ERROR_CODES.neverAnswered, `the recording holds ${request} ${describeParams(params)}, but it was never answered`);
  if (!recording.methods.has(method)) {
    return error(MOCK_ERROR_CODES.methodNotFound, `the recording holds no ${method} request (method not found in connection ${recording.connectionId})`);
  }
  return error(MOCK_ERROR_CODES.notRecorded, `the recording holds no answer to ${request} ${describeParams(params)}`);
}
