// The verdict on one replayed request: the recorded answer against the answer now, compared as
// `{result}` or `{error}` so that the diff's paths read `result.content[0].text` or `error.message`.
import type { IgnoreRule } from './ignoreRules';
import type { ReplayAnswer, ReplayVerdict } from './replayReport';
import { structuralDiff, type StructuralDiff } from './structuralDiff';

export interface Judgement extends StructuralDiff {
  verdict: ReplayVerdict;
  reason: string;
}

/** JSON-RPC "method not found"; MCP's "resource not found". */
const METHOD_NOT_FOUND = -32601;
const RESOURCE_NOT_FOUND = -32002;
/** What servers say when the tool, prompt or resource named in a request does not exist. */
const NOT_FOUND_WORDS = /\b(not found|unknown|no such|does not exist|doesn't exist|not exist)\b/i;
const NAMED_METHODS = new Set(['tools/call', 'prompts/get', 'resources/read', 'resources/subscribe', 'resources/unsubscribe']);

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** The tool, prompt or resource a request is about (`echo` for tools/call echo), for the report. */
export function requestSubject(method: string, params: Record<string, unknown> | undefined): string | undefined {
  if (!params) return undefined;
  if (typeof params.name === 'string') return params.name;
  if (typeof params.uri === 'string') return params.uri;
  if (method === 'logging/setLevel' && typeof params.level === 'string') return params.level;
  const ref = asRecord(params.ref);
  const refName = typeof ref?.name === 'string' ? ref.name : typeof ref?.uri === 'string' ? ref.uri : undefined;
  const argument = asRecord(params.argument)?.name;
  if (refName !== undefined) return typeof argument === 'string' ? `${refName} ${argument}` : refName;
  return undefined;
}

/** The text of a tool result's content blocks, to read an `isError` result's message. */
function resultText(result: unknown): string {
  const content = asRecord(result)?.content;
  if (!Array.isArray(content)) return '';
  return content.map((block) => (typeof asRecord(block)?.text === 'string' ? (asRecord(block)!.text as string) : '')).join(' ');
}

const isToolError = (answer: ReplayAnswer): answer is Extract<ReplayAnswer, { kind: 'result' }> =>
  answer.kind === 'result' && asRecord(answer.result)?.isError === true;

/** Why the request's method, tool, prompt or resource is gone now, or undefined if it is not. */
function missingReason(method: string, subject: string | undefined, answer: ReplayAnswer): string | undefined {
  const what = subject === undefined ? method : `${method} ${subject}`;
  if (answer.kind === 'error') {
    if (answer.error.code === METHOD_NOT_FOUND) return `The server no longer has ${method}: ${answer.error.message}`;
    if (answer.error.code === RESOURCE_NOT_FOUND) return `${what}: the resource no longer exists (${answer.error.message})`;
    if (NAMED_METHODS.has(method) && NOT_FOUND_WORDS.test(answer.error.message)) return `${what} no longer exists: ${answer.error.message}`;
  }
  if (method === 'tools/call' && isToolError(answer) && NOT_FOUND_WORDS.test(resultText(answer.result))) {
    return `${what} no longer exists: ${resultText(answer.result)}`;
  }
  return undefined;
}

function comparable(answer: ReplayAnswer): Record<string, unknown> {
  if (answer.kind === 'result') return { result: answer.result };
  if (answer.kind === 'error') return { error: answer.error };
  return {};
}

const describeError = (answer: Extract<ReplayAnswer, { kind: 'error' }>) => `error ${answer.error.code}: ${answer.error.message}`;

/** Compares the recorded answer to a request with the answer it gets now. */
export function judgeReplay(
  request: { method: string; params: Record<string, unknown> | undefined; injectedBy?: string },
  recorded: ReplayAnswer,
  replayed: ReplayAnswer,
  rules: readonly IgnoreRule[],
): Judgement {
  const diff = structuralDiff(comparable(recorded), comparable(replayed), rules);
  const subject = requestSubject(request.method, request.params);
  const missing = missingReason(request.method, subject, replayed);
  if (missing !== undefined && missingReason(request.method, subject, recorded) === undefined) return { verdict: 'missing', reason: missing, ...diff };
  if (recorded.kind === 'result' && replayed.kind !== 'result') {
    const how = replayed.kind === 'error' ? describeError(replayed) : 'no answer';
    return { verdict: 'failed', reason: `Answered in the recording; ${how} now.`, ...diff };
  }
  if (isToolError(replayed) && !isToolError(recorded)) {
    return { verdict: 'newError', reason: `The tool reports an error now: ${resultText(replayed.result) || '(no text)'}`, ...diff };
  }
  if (diff.differences.length === 0) {
    const ignored = diff.ignored.length === 0 ? '' : ` (${diff.ignored.length} volatile difference${diff.ignored.length === 1 ? '' : 's'} ignored)`;
    return { verdict: 'same', reason: `The same answer${ignored}.`, ...diff };
  }
  const reason =
    recorded.kind === 'none' && request.injectedBy !== undefined
      ? `The server never answered in the recording: ${request.injectedBy}.`
      : recorded.kind === 'none'
      ? 'The recording holds no answer to this request (it timed out, was cancelled or the file ends first).'
      : recorded.kind === 'error' && replayed.kind === 'result'
        ? `Answered now; the recording has ${describeError(recorded)}.`
        : `${diff.differences.length} difference${diff.differences.length === 1 ? '' : 's'} in the ${replayed.kind === 'error' ? 'error' : 'result'}.`;
  return { verdict: 'changed', reason, ...diff };
}
