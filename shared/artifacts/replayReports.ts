// `replay --format junit|sarif`: the replay report (shared/replay/replayReport.ts) as CI test results
// (one test case per request replayed, failed unless its verdict is `same`, with the reason and the
// differences) and as SARIF (one result per request that did not give the same answer, placed on the
// request: method, subject, message number in the recording).
import type * as Sarif from 'sarif';
import { REPLAY_VERDICT_LABELS, type ReplayedRequest, type ReplayReport, type ReplayVerdict } from '../replay/replayReport';
import { junitXml, type JUnitCase } from './junitXml';
import { sarifLog, type SarifRule } from './sarifLog';

const README = 'https://www.npmjs.com/package/mcp-inspect#mcp-inspect-replay-a-recorded-session-as-a-regression-test';
const preview = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
};

/** The differences of a request, one per line: `changed result.content[0].text: "a" → "b"`. */
function differenceLines(request: ReplayedRequest): string[] {
  return request.differences.map(({ path, kind, before, after }) => {
    if (kind === 'added') return `added ${path}: ${preview(after)}`;
    if (kind === 'removed') return `removed ${path}: ${preview(before)}`;
    return `changed ${path}: ${preview(before)} → ${preview(after)}`;
  });
}

const requestName = (request: ReplayedRequest) => `#${request.index} ${request.method}${request.subject === undefined ? '' : ` ${request.subject}`}`;

export function replayJunit(report: ReplayReport): string {
  const cases: JUnitCase[] = report.requests.map((request) => ({
    name: requestName(request),
    classname: request.method,
    timeMs: request.durationMs,
    failures:
      request.verdict === 'same'
        ? []
        : [{ message: `${REPLAY_VERDICT_LABELS[request.verdict]}: ${request.reason}`, type: request.verdict, details: [request.reason, ...differenceLines(request), `recorded as message ${request.recordedSeq}`].join('\n') }],
    ...(request.ignored.length > 0 ? { output: `ignored: ${request.ignored.map(({ path, rule }) => `${path} (${rule})`).join(', ')}` } : {}),
  }));
  if (report.outcome === 'connect-failed') {
    const stderr = (report.stderrTail ?? []).join('\n');
    cases.unshift({ name: 'connect and initialize', classname: 'initialize', failures: [{ message: `Could not connect: ${report.error ?? ''}`, type: 'connect-failed', details: stderr }] });
  }
  const properties = {
    file: report.file,
    recordedAt: report.recordedAt,
    connection: report.connectionId,
    ...(report.server?.name === undefined ? {} : { server: report.server.name }),
    ...(report.server?.version === undefined ? {} : { serverVersion: report.server.version }),
  };
  return junitXml('mcp-inspect replay', [{ name: `mcp-inspect replay ${report.file}`, cases, properties }]);
}

const VERDICT_RULES: Record<Exclude<ReplayVerdict, 'same'>, string> = {
  changed: 'The answer changed since the recording',
  failed: 'Answered in the recording, an error or no answer now',
  missing: 'The method, tool, prompt or resource no longer exists',
  newError: 'The tool reports an error now',
};

export const REPLAY_SARIF_RULES: readonly SarifRule[] = [
  ...Object.entries(VERDICT_RULES).map(([verdict, title]) => ({ id: `replay-${verdict}`, title, explanation: `${title}: a replayed request whose verdict is "${REPLAY_VERDICT_LABELS[verdict as ReplayVerdict]}".`, helpUri: README, severity: 'error' as const })),
  { id: 'replay-connect-failed', title: 'Could not connect to the server replayed against', explanation: 'The server could not be started or reached, or its handshake did not finish.', helpUri: README, severity: 'error' },
];

/** `artifact`: the repository file results point at (by default the session file). */
export function replaySarif(report: ReplayReport, { toolVersion, artifact }: { toolVersion: string; artifact?: string }): Sarif.Log {
  const results = report.requests
    .filter((request) => request.verdict !== 'same')
    .map((request) => ({
      ruleId: `replay-${request.verdict}`,
      severity: 'error' as const,
      message: [`${requestName(request)}: ${request.reason}`, ...differenceLines(request)].join('\n'),
      where: { method: request.method, ...(request.subject === undefined ? {} : { subject: request.subject }), seqs: [request.recordedSeq] },
    }));
  if (report.outcome === 'connect-failed') results.unshift({ ruleId: 'replay-connect-failed', severity: 'error', message: `Could not connect: ${report.error ?? ''}`, where: { method: 'initialize', seqs: [] } });
  return sarifLog({
    toolVersion,
    rules: REPLAY_SARIF_RULES,
    results,
    ...(artifact === undefined ? {} : { artifact }),
    exitCode: report.exitCode,
    automationId: `mcp-inspect/replay/${report.connectionId}/`,
    properties: { file: report.file, recordedAt: report.recordedAt, counts: report.counts, ...(report.server ? { server: report.server } : {}) },
  });
}
