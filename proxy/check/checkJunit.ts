// `check --format junit`: one test case per request check sent (the handshake first), each failed by
// the findings placed on it that reach `--fail-on`, by hanging, or by `--max-duration`; then a case per
// tool not called (skipped) and per expectation (`--expect-tool` …). CI systems show it as test results.
import { junitXml, type JUnitCase, type JUnitFailure } from '../../shared/artifacts/junitXml';
import { isInspectorCaused, type Finding } from '../../shared/diagnosis';
import { checkAssertions, failsRun, type CheckPolicy } from './checkPolicy';
import { describeSubject, type SentRequest } from './exploreServer';
import { placeFindings } from './placeFindings';
import type { CheckRun } from './runCheck';

const findingFailure = (finding: Finding): JUnitFailure => ({
  message: `${finding.ruleId}: ${finding.message}`,
  type: finding.ruleId,
  details: `${finding.severity} ${finding.ruleId}${finding.seqs.length > 0 ? ` (messages ${finding.seqs.join(', ')})` : ''}\n${finding.message}\n${finding.specSection}`,
});

const findingNote = (finding: Finding) => `${finding.severity} ${finding.ruleId}: ${finding.message}${isInspectorCaused(finding) ? " (caused by the inspector's own request, not counted)" : ''}`;

/** Splits findings into the failures of a case and the notes it prints. */
function judged(findings: readonly Finding[], policy: CheckPolicy): { failures: JUnitFailure[]; notes: string[] } {
  const failing = findings.filter((finding) => !isInspectorCaused(finding) && failsRun(finding, policy.failOn));
  return { failures: failing.map(findingFailure), notes: findings.filter((finding) => !failing.includes(finding)).map(findingNote) };
}

/** Names made unique (CI tools merge cases of one name): the second `tools/list` is `tools/list #2`. */
function uniqueNames(requests: readonly SentRequest[]): string[] {
  const seen = new Map<string, number>();
  return requests.map((request) => {
    const name = describeSubject(request);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} #${count}`;
  });
}

function requestCases(run: Extract<CheckRun, { outcome: 'checked' }>, policy: CheckPolicy, placed: ReturnType<typeof placeFindings>): JUnitCase[] {
  const { sent, failures, toolErrors } = run.exploration;
  const slow = new Map(checkAssertions(run, policy).flatMap((assertion) => (assertion.request ? [[assertion.request, assertion.message] as const] : [])));
  const names = uniqueNames(sent);
  return sent.map((request, index) => {
    const { failures: failed, notes } = judged(placed.byRequest.get(request) ?? [], policy);
    const hung = request.jsonRpcId !== undefined && failures.some((candidate) => candidate.hung && candidate.jsonRpcId === request.jsonRpcId && candidate.method === request.method);
    if (hung) failed.push({ message: `Hung: ${request.error?.message ?? 'never answered'}`, type: 'request-hung' });
    else if (request.error) notes.unshift(`error ${request.error.code}: ${request.error.message}`);
    const slowMessage = slow.get(request);
    if (slowMessage !== undefined) failed.push({ message: slowMessage, type: 'max-duration' });
    const toolError = request.method === 'tools/call' ? toolErrors.find((candidate) => candidate.name === request.name) : undefined;
    if (toolError) notes.push(`isError result: ${toolError.text}`);
    return { name: names[index]!, classname: request.method, timeMs: request.durationMs, failures: failed, ...(notes.length > 0 ? { output: notes.join('\n') } : {}) };
  });
}

/** The report as JUnit XML. */
export function checkJunit(run: CheckRun, policy: CheckPolicy): string {
  const placed = placeFindings(run);
  const handshake = judged(placed.unplaced, policy);
  const cases: JUnitCase[] = [];
  if (run.outcome === 'connect-failed') {
    const stderr = run.stderrTail.length > 0 ? `\nLast lines on stderr:\n${run.stderrTail.join('\n')}` : '';
    handshake.failures.unshift({ message: `Could not connect: ${run.error}`, type: 'connect-failed', details: `${run.error}${stderr}` });
  }
  cases.push({ name: 'connect and initialize', classname: 'initialize', failures: handshake.failures, ...(handshake.notes.length > 0 ? { output: handshake.notes.join('\n') } : {}) });
  if (run.outcome === 'checked') {
    cases.push(...requestCases(run, policy, placed));
    for (const { name, reason } of run.exploration.skippedTools) cases.push({ name: `tools/call "${name}"`, classname: 'tools/call', skipped: reason });
    const { stoppedEarly } = run.exploration;
    if (stoppedEarly !== undefined) cases.push({ name: 'the whole run', classname: 'check', failures: [{ message: `Stopped early: ${stoppedEarly}`, type: 'run-stopped-early' }] });
  }
  for (const assertion of checkAssertions(run, policy)) {
    if (assertion.kind === 'max-duration') continue;
    cases.push({ name: `${assertion.kind} ${assertion.subject}`, classname: 'assertions', failures: assertion.passed ? [] : [{ message: assertion.message, type: assertion.kind }] });
  }
  const server = run.outcome === 'checked' ? run.server : undefined;
  const properties = {
    ...(server?.name === undefined ? {} : { server: server.name }),
    ...(server?.version === undefined ? {} : { serverVersion: server.version }),
    ...(server === undefined ? {} : { protocolVersion: server.protocolVersion }),
    failOn: policy.failOn,
  };
  return junitXml('mcp-inspect check', [{ name: `mcp-inspect check ${server?.name ?? ''}`.trim(), cases, properties }]);
}
