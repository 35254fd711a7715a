// What a replay found, request by request: the report `mcp-inspect replay --json` prints and the
// `replaySession` request returns to the UI. Versioned like the check report: a field that changes
// meaning or disappears bumps REPLAY_REPORT_VERSION.
import { z } from 'zod';
import { ConnectionTargetSchema } from '../connectionTypes';

export const REPLAY_REPORT_VERSION = 1;

/**
 * How a replayed request compares with the recording:
 * - `same`: the same answer, once the ignore rules set volatile fields apart;
 * - `changed`: answered both times, differently (see the differences);
 * - `failed`: answered before, an error now (a server error, a timeout, a closed connection);
 * - `missing`: the method, tool, prompt or resource no longer exists;
 * - `newError`: a result both times, but the tool now reports an error (`isError`) where it did not.
 */
export const ReplayVerdictSchema = z.enum(['same', 'changed', 'failed', 'missing', 'newError']);
export type ReplayVerdict = z.infer<typeof ReplayVerdictSchema>;

/** Every verdict in report order, with the words a person reads. */
export const REPLAY_VERDICT_LABELS: Record<ReplayVerdict, string> = {
  same: 'same',
  changed: 'changed',
  failed: 'failed',
  missing: 'missing',
  newError: 'new error',
};

/** An answer to a request: a result, a JSON-RPC error, or none (the recording holds no answer). */
export const ReplayAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('result'), result: z.unknown() }),
  z.object({ kind: z.literal('error'), error: z.object({ code: z.number(), message: z.string(), data: z.unknown().optional() }) }),
  z.object({ kind: z.literal('none') }),
]);
export type ReplayAnswer = z.infer<typeof ReplayAnswerSchema>;

export const DifferenceSchema = z.object({
  /** Where, as `result.content[0].text` or `error.message`. */
  path: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

export const ReplayedRequestSchema = z.object({
  /** 1-based position in the replay. */
  index: z.number(),
  /** The seq of the request in the recorded session. */
  recordedSeq: z.number(),
  method: z.string(),
  /** What it was about: a tool, prompt or resource name, e.g. `echo` for tools/call. */
  subject: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  verdict: ReplayVerdictSchema,
  /** One sentence: why this verdict. */
  reason: z.string(),
  differences: z.array(DifferenceSchema),
  /** Differences the ignore rules set apart, with the rule's id. */
  ignored: z.array(z.object({ path: z.string(), rule: z.string() })),
  recorded: ReplayAnswerSchema,
  replayed: ReplayAnswerSchema,
  durationMs: z.number(),
});
export type ReplayedRequest = z.infer<typeof ReplayedRequestSchema>;

export const ReplayReportSchema = z.object({
  version: z.literal(REPLAY_REPORT_VERSION),
  /** `replayed`, or `connect-failed` (then `error` and `stderrTail` say why, and `requests` is empty). */
  outcome: z.enum(['replayed', 'connect-failed']),
  /** The session file replayed, and when it was recorded. */
  file: z.string(),
  recordedAt: z.string(),
  /** The recorded connection whose requests were replayed. */
  connectionId: z.string(),
  /** The server replayed against, secrets removed. */
  target: ConnectionTargetSchema,
  server: z.object({ name: z.string().optional(), version: z.string().optional(), protocolVersion: z.string() }).optional(),
  error: z.string().optional(),
  stderrTail: z.array(z.string()).optional(),
  requests: z.array(ReplayedRequestSchema),
  counts: z.record(ReplayVerdictSchema, z.number()),
  /** The server's own requests (sampling, elicitation) answered from the recording, or refused. */
  serverRequests: z.object({ answered: z.number(), refused: z.number() }),
  /** The user's `--ignore` globs. */
  ignore: z.array(z.string()),
  /** Where the replay itself was recorded, if it was. */
  recordedTo: z.string().optional(),
  exitCode: z.number(),
});
export type ReplayReport = z.infer<typeof ReplayReportSchema>;

/** The exit codes of `mcp-inspect replay`. */
export const REPLAY_EXIT = { same: 0, changed: 1, usage: 2, cannotConnect: 3 } as const;

export function countVerdicts(requests: readonly Pick<ReplayedRequest, 'verdict'>[]): Record<ReplayVerdict, number> {
  const counts: Record<ReplayVerdict, number> = { same: 0, changed: 0, failed: 0, missing: 0, newError: 0 };
  for (const request of requests) counts[request.verdict]++;
  return counts;
}

/** 0 when every request gave the same answer, 1 when any did not, 3 when the server could not be reached. */
export function replayExitCode(outcome: ReplayReport['outcome'], requests: readonly Pick<ReplayedRequest, 'verdict'>[]): number {
  if (outcome === 'connect-failed') return REPLAY_EXIT.cannotConnect;
  return requests.every((request) => request.verdict === 'same') ? REPLAY_EXIT.same : REPLAY_EXIT.changed;
}
