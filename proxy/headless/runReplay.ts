// One replay, headless: reads a recorded session, opens a live connection with the inspector's own
// Connection machinery (same client capabilities and roots as recorded), sends the recorded requests
// in order, answers the server's own requests from the recording, judges each answer, and records the
// replay itself as a new session whose header names the file replayed.
import path from 'node:path';
import type { ConnectionTarget } from '../../shared/connectionTypes';
import type { RequestOutcome } from '../../shared/inspectorProtocol';
import {
  countVerdicts,
  DEFAULT_IGNORE_RULES,
  judgeReplay,
  pickReplayedConnection,
  replayExitCode,
  replayPlan,
  requestSubject,
  userIgnoreRules,
  REPLAY_REPORT_VERSION,
  type ReplayAnswer,
  type ReplayedRequest,
  type ReplayPlan,
  type ReplayReport,
} from '../../shared/replay';
import { clientCapabilitiesFor } from '../../shared/clientCapabilities';
import type { PendingServerRequest, ServerRequestAnswer } from '../../shared/serverRequests';
import { requestMatchKey } from '../../shared/requestPairing';
import { redactTarget, SESSION_FORMAT, SESSION_FORMAT_VERSION, type SessionHeader } from '../../shared/session';
import { openHeadlessSession, type HeadlessSession } from './headlessSession';
import { readSessionFile } from '../sessions/loadRecordedSession';
import type { RecordingConfig } from '../sessions/recordingConfig';
import { SessionRecorder } from '../sessions/SessionRecorder';
import { recordedTargetWith, replaySettings } from './replayTarget';

export interface ReplayOptions {
  /** The session file to replay (absolute). */
  file: string;
  /** The recorded connection to replay; default: the first that sent a request. */
  connectionId?: string;
  /** The server to replay against; default: the recorded one. */
  target?: ConnectionTarget;
  /** Applied to the recorded target when no target is given (secrets the recording removed). */
  targetOverrides?: Parameters<typeof recordedTargetWith>[1];
  /**
   * Asked before a target read from the file runs (a session file is untrusted input: its command, env
   * and cwd run code): true runs it. Without it, a recorded target is refused.
   */
  confirmRecordedTarget?(target: ConnectionTarget): boolean | Promise<boolean>;
  /** Extra `--ignore` path globs. */
  ignore: readonly string[];
  timeoutMs: number;
  /** Where the replay itself is recorded. */
  recording: RecordingConfig;
  inspectorVersion: string;
  warn(message: string): void;
}

/** The JSON-RPC error a server request gets when the recording holds no answer to it. */
const NOT_IN_RECORDING_CODE = -32603;

const answerOf = (outcome: RequestOutcome): ReplayAnswer => (outcome.ok ? { kind: 'result', result: outcome.result } : { kind: 'error', error: outcome.error });

/** Answers a server's sampling or elicitation request from the recording, or refuses it. */
function recordedAnswerTo(plan: ReplayPlan, counts: ReplayReport['serverRequests'], request: PendingServerRequest): ServerRequestAnswer {
  const recorded = plan.serverAnswers.get(requestMatchKey(request.method, request.params));
  if (recorded) counts.answered++;
  else counts.refused++;
  return recorded ?? { error: { code: NOT_IN_RECORDING_CODE, message: `mcp-inspect replay: the recording holds no answer to ${request.method} with these params.` } };
}

function startReplayRecording(options: ReplayOptions, target: ConnectionTarget, capabilities: Record<string, unknown>): SessionRecorder | undefined {
  if (options.recording.kind === 'off') return undefined;
  const header: SessionHeader = {
    format: SESSION_FORMAT,
    version: SESSION_FORMAT_VERSION,
    inspectorVersion: options.inspectorVersion,
    createdAt: new Date().toISOString(),
    targets: [target],
    client: { info: { name: 'mcp-inspect', version: options.inspectorVersion }, capabilities },
    era: 'legacy',
    replayOf: options.file,
  };
  try {
    return SessionRecorder.create(options.recording.file, header, options.warn);
  } catch (error) {
    options.warn(`Cannot record the replay to ${options.recording.file}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** A recorded target the person did not confirm: nothing ran. */
export class ReplayNotConfirmedError extends Error {
  constructor() {
    super('Not replayed: the session file names the server to run, and running it was not confirmed. A session file is untrusted input: check what it runs first.');
  }
}

type ReplaySourceOptions = Pick<ReplayOptions, 'file' | 'connectionId' | 'target' | 'targetOverrides' | 'warn'>;

/**
 * Reads the session and picks what a replay of it runs: the connection to replay and the target (the
 * one given, else the recorded one with the overrides applied). Runs nothing.
 */
export function loadReplaySource(options: ReplaySourceOptions) {
  const session = readSessionFile(options.file);
  for (const problem of session.info.problems) options.warn(`${options.file}: ${problem.message}`);
  const recorded = pickReplayedConnection(session.connections, options.connectionId);
  const recordedTarget = recorded.summary?.target;
  if (!options.target && !recordedTarget) throw new Error(`The session does not say which server connection ${recorded.id} was: name one (a command, or --url).`);
  const target = options.target ?? recordedTargetWith(recordedTarget!, options.targetOverrides ?? { env: {}, headers: {}, cwd: undefined });
  return { session, recorded, target, fromFile: options.target === undefined };
}

/**
 * Replays a session. Throws (with a sentence to show) when the file cannot be read, holds nothing to
 * replay, its recorded target is not confirmed, or an `--ignore` glob is invalid; a server that cannot be reached is a `connect-failed` report.
 */
export async function runReplay(options: ReplayOptions): Promise<ReplayReport> {
  const rules = [...DEFAULT_IGNORE_RULES, ...userIgnoreRules(options.ignore)];
  if (options.recording.kind === 'file' && path.resolve(options.recording.file) === path.resolve(options.file)) {
    throw new Error(`The replay would be recorded over the session it replays (${options.file}): record it to another file.`);
  }
  const { session, recorded, target, fromFile } = loadReplaySource(options);
  if (fromFile && !(await options.confirmRecordedTarget?.(target))) throw new ReplayNotConfirmedError();
  const plan = replayPlan(recorded.events);
  const settings = replaySettings(plan.clientCapabilities, recorded.summary?.settings, options.timeoutMs);

  const recorder = startReplayRecording(options, target, clientCapabilitiesFor(settings.capabilities));
  const serverRequests = { answered: 0, refused: 0 };
  const base = {
    version: REPLAY_REPORT_VERSION as typeof REPLAY_REPORT_VERSION,
    file: options.file,
    recordedAt: session.info.createdAt,
    connectionId: recorded.id,
    target: redactTarget(target),
    ignore: [...options.ignore],
    ...(recorder ? { recordedTo: recorder.file } : {}),
  };
  let opened: HeadlessSession | undefined;
  try {
    const opening = await openHeadlessSession({
      target,
      settings,
      inspectorVersion: options.inspectorVersion,
      answerServerRequest: (request) => recordedAnswerTo(plan, serverRequests, request),
      ...(recorder ? { observer: recorder } : {}),
    });
    if (opening.outcome !== 'connected') {
      const stderrTail = opening.outcome === 'connect-failed' ? opening.stderrTail : [];
      return { ...base, outcome: 'connect-failed', error: opening.error, stderrTail, requests: [], counts: countVerdicts([]), serverRequests, exitCode: replayExitCode('connect-failed', []) };
    }
    const connection = (opened = opening.session);
    const { handshake } = connection;
    const requests: ReplayedRequest[] = [];
    for (const [position, exchange] of plan.exchanges.entries()) {
      const outcome = await connection.request(exchange.method, exchange.params, { timeoutMs: options.timeoutMs });
      const replayed = answerOf(outcome);
      const judged = judgeReplay(exchange, exchange.recorded, replayed, rules);
      const subject = requestSubject(exchange.method, exchange.params);
      requests.push({
        index: position + 1,
        recordedSeq: exchange.seq,
        method: exchange.method,
        ...(subject === undefined ? {} : { subject }),
        ...(exchange.params === undefined ? {} : { params: exchange.params }),
        verdict: judged.verdict,
        reason: judged.reason,
        differences: judged.differences,
        ignored: judged.ignored,
        recorded: exchange.recorded,
        replayed,
        durationMs: outcome.durationMs,
      });
    }
    await connection.close();
    const { serverInfo, protocolVersion } = handshake;
    const server = {
      ...(typeof serverInfo.name === 'string' ? { name: serverInfo.name } : {}),
      ...(typeof serverInfo.version === 'string' ? { version: serverInfo.version } : {}),
      protocolVersion,
    };
    return { ...base, outcome: 'replayed', server, requests, counts: countVerdicts(requests), serverRequests, exitCode: replayExitCode('replayed', requests) };
  } finally {
    await opened?.close();
    recorder?.close();
  }
}
