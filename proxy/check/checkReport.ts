// What `check` prints: a readable report grouped by severity, or (with --json) one JSON document whose
// shape is versioned and documented in the README. Also the exit code the findings call for.
// Besides the diagnosis's findings, it names every request that failed (with its error), every request
// that hung, every tool result with isError and every tool check did not call.
import { diagnosisRuleDescriptors, isInspectorCaused, type Finding, type Severity } from '../../shared/diagnosis';
import { checkAssertions, DEFAULT_CHECK_POLICY, failsRun, type AssertionResult, type CheckPolicy } from './checkPolicy';
import { describeSubject, type ExplorationSummary, type FailedRequest } from './exploreServer';
import type { CheckRun } from './runCheck';

/** The exit codes of `mcp-inspect check`. */
export const CHECK_EXIT = { clean: 0, errorsFound: 1, usage: 2, cannotConnect: 3 } as const;

/** Bumped whenever a field of the JSON report changes meaning or disappears. */
export const CHECK_JSON_VERSION = 1;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };
const titles = new Map(diagnosisRuleDescriptors.map((rule) => [rule.id, rule.title]));

/** The findings about the server: those the inspector's own requests caused say nothing about it. */
export function serverFindings(run: CheckRun): Finding[] {
  return run.findings.filter((finding) => !isInspectorCaused(finding));
}

/** A hung request, a run its bound cut short, or a failed assertion counts like a finding at `--fail-on`. */
export function checkExitCode(run: CheckRun, policy: CheckPolicy = DEFAULT_CHECK_POLICY): number {
  if (run.outcome === 'connect-failed') return CHECK_EXIT.cannotConnect;
  const { failures, stoppedEarly } = run.exploration;
  const failed =
    serverFindings(run).some((finding) => failsRun(finding, policy.failOn)) ||
    failures.some((failure) => failure.hung) ||
    stoppedEarly !== undefined ||
    checkAssertions(run, policy).some((assertion) => !assertion.passed);
  return failed ? CHECK_EXIT.errorsFound : CHECK_EXIT.clean;
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The JSON document of `check --json`. */
export function checkJson(run: CheckRun, policy: CheckPolicy = DEFAULT_CHECK_POLICY): Record<string, unknown> {
  const findings = run.findings.map(({ ruleId, severity, message, specSection, seqs, cause }) => ({
    ruleId,
    title: titles.get(ruleId) ?? ruleId,
    severity,
    message,
    specSection,
    seqs,
    ...(cause === 'inspector' ? { cause } : {}),
  }));
  const assertions = checkAssertions(run, policy).map(({ kind, subject, passed, message }) => ({ kind, subject, passed, message }));
  const common = {
    version: CHECK_JSON_VERSION,
    outcome: run.outcome,
    exitCode: checkExitCode(run, policy),
    failOn: policy.failOn,
    counts: countBySeverity(serverFindings(run)),
    findings,
    ...(assertions.length === 0 ? {} : { assertions }),
  };
  if (run.outcome === 'connect-failed') return { ...common, error: run.error, stderrTail: run.stderrTail };
  const { requests, failures, toolErrors, skippedTools, stoppedEarly } = run.exploration;
  return { ...common, server: run.server, requests, failures, toolErrors, skippedTools, ...(stoppedEarly === undefined ? {} : { stoppedEarly }) };
}

function messageNumbers(seqs: (number | undefined)[]): string {
  const known = seqs.filter((seq): seq is number => seq !== undefined);
  return known.length === 0 ? '' : ` (message${known.length > 1 ? 's' : ''} ${known.join(', ')})`;
}

/** What the server did with a request check cancelled, in a sentence. */
function fateSentence({ fate }: FailedRequest): string {
  if (!fate) return '';
  const { progressCount, progressAfterCancellation: after, lastProgress, cancellationSeq, responseSeq } = fate;
  const before = progressCount - after;
  let sentence =
    cancellationSeq === undefined
      ? `The server sent ${plural(progressCount, 'progress notification')} for it`
      : `Check cancelled it (message ${cancellationSeq}) after ${plural(before, 'progress notification')}`;
  if (after > 0) sentence += `; the server ignored the cancellation and sent ${after} more`;
  if (lastProgress) sentence += ` (last: ${lastProgress.progress}${lastProgress.total === undefined ? '' : `/${lastProgress.total}`}${lastProgress.message ? ` "${lastProgress.message}"` : ''})`;
  return `${sentence}; ${responseSeq === undefined ? 'it never answered' : `it answered anyway (message ${responseSeq})`}.`;
}

function failureLines(failure: FailedRequest): string[] {
  const { fate } = failure;
  const lines = [`  ${describeSubject(failure)}${messageNumbers([fate?.requestSeq, fate?.cancellationSeq, fate?.responseSeq])}`, `    error ${failure.error.code}: ${failure.error.message}`];
  if (fate) lines.push(`    ${fateSentence(failure)}`);
  return lines;
}

/** What check saw itself: hung and failed requests, isError results, tools not called. */
function explorationSections({ failures, toolErrors, skippedTools, stoppedEarly }: ExplorationSummary): string[] {
  const lines: string[] = [];
  if (stoppedEarly !== undefined) lines.push('', `Stopped early: ${stoppedEarly}; what was left was not checked.`);
  const hung = failures.filter((failure) => failure.hung);
  const failed = failures.filter((failure) => !failure.hung);
  if (hung.length > 0) lines.push('', `Hung requests (${hung.length})`, ...hung.flatMap(failureLines));
  if (failed.length > 0) lines.push('', `Failed requests (${failed.length})`, ...failed.flatMap(failureLines));
  if (toolErrors.length > 0) lines.push('', `Tool results with isError (${toolErrors.length})`, ...toolErrors.flatMap(({ name, text }) => [`  tools/call "${name}"`, `    ${text}`]));
  if (skippedTools.length > 0) lines.push('', `Tools not called (${skippedTools.length})`, ...skippedToolLines(skippedTools));
  return lines;
}

/** Tools not called for one reason are named together (an MCP App's six private tools), with the reason once. */
function skippedToolLines(skippedTools: ExplorationSummary['skippedTools']): string[] {
  const byReason = new Map<string, string[]>();
  for (const { name, reason } of skippedTools) byReason.set(reason, [...(byReason.get(reason) ?? []), `"${name}"`]);
  return [...byReason].flatMap(([reason, names]) => [`  ${names.join(', ')}`, `    ${reason}`]);
}

function closingLine(run: CheckRun, assertions: readonly AssertionResult[]): string {
  const server = serverFindings(run);
  const counts = countBySeverity(server);
  const hung = run.outcome === 'checked' ? run.exploration.failures.filter((failure) => failure.hung).length : 0;
  const stopped = run.outcome === 'checked' && run.exploration.stoppedEarly !== undefined;
  const failedAssertions = assertions.filter((assertion) => !assertion.passed).length;
  if (server.length === 0 && hung === 0 && !stopped && failedAssertions === 0) return 'No findings.';
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.info} info`];
  if (hung > 0) parts.push(plural(hung, 'hung request'));
  if (stopped) parts.push('stopped early');
  if (failedAssertions > 0) parts.push(plural(failedAssertions, 'failed assertion'));
  return `${parts.join(', ')}.`;
}

/** The assertions section: each failed one, and how many passed. */
function assertionLines(assertions: readonly AssertionResult[]): string[] {
  if (assertions.length === 0) return [];
  const failed = assertions.filter((assertion) => !assertion.passed);
  const passed = assertions.length - failed.length;
  return ['', `Assertions: ${passed} passed, ${failed.length} failed`, ...failed.map((assertion) => `  ${assertion.kind}: ${assertion.message}`)];
}

function findingLines(finding: Finding): string[] {
  const where = finding.seqs.length > 0 ? ` (message${finding.seqs.length > 1 ? 's' : ''} ${finding.seqs.join(', ')})` : '';
  return [`  ${finding.ruleId}${where}`, `    ${finding.message}`, `    ${finding.specSection}`];
}

function explorationLine(run: Extract<CheckRun, { outcome: 'checked' }>): string {
  const parts = Object.entries(run.exploration.requests).map(([method, { sent, failed }]) => `${method} ×${sent}${failed > 0 ? ` (${failed} failed)` : ''}`);
  return `Sent: ${parts.join(', ')}`;
}

/** The human report. */
export function checkText(run: CheckRun, policy: CheckPolicy = DEFAULT_CHECK_POLICY): string {
  const lines: string[] = [];
  if (run.outcome === 'connect-failed') {
    lines.push(`Could not connect: ${run.error}`);
    if (run.stderrTail.length > 0) lines.push('Last lines on stderr:', ...run.stderrTail.map((line) => `  ${line}`));
  } else {
    const { name = 'unnamed server', version, protocolVersion } = run.server;
    lines.push(`Checked ${name}${version ? ` ${version}` : ''} (protocol ${protocolVersion}), ${plural(run.eventCount, 'recorded event')}.`, explorationLine(run));
    lines.push(...explorationSections(run.exploration));
  }
  const server = serverFindings(run);
  for (const severity of SEVERITIES) {
    const group = server.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${HEADINGS[severity]} (${group.length})`, ...group.flatMap(findingLines));
  }
  const own = run.findings.filter(isInspectorCaused);
  if (own.length > 0) lines.push('', `Caused by the inspector's own requests, not counted (${own.length})`, ...own.flatMap(findingLines));
  const assertions = checkAssertions(run, policy);
  lines.push(...assertionLines(assertions), '', closingLine(run, assertions));
  return `${lines.join('\n')}\n`;
}
