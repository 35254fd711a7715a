// What `check` prints: a readable report grouped by severity, or (with --json) one JSON document whose
// shape is versioned and documented in the README. Also the exit code the findings call for.
import { diagnosisRuleDescriptors, isInspectorCaused, type Finding, type Severity } from '../../shared/diagnosis';
import type { CheckRun } from './runCheck';

/** The exit codes of `mcp-inspect check`. */
export const CHECK_EXIT = { clean: 0, errorsFound: 1, usage: 2, cannotConnect: 3 } as const;

/** Bumped whenever a field of the JSON report changes meaning or disappears. */
export const CHECK_JSON_VERSION = 1;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };
const titles = new Map(diagnosisRuleDescriptors.map((rule) => [rule.id, rule.title]));

/** The findings about the server: those the inspector's own requests caused say nothing about it. */
function serverFindings(run: CheckRun): Finding[] {
  return run.findings.filter((finding) => !isInspectorCaused(finding));
}

export function checkExitCode(run: CheckRun): number {
  if (run.outcome === 'connect-failed') return CHECK_EXIT.cannotConnect;
  return serverFindings(run).some((finding) => finding.severity === 'error') ? CHECK_EXIT.errorsFound : CHECK_EXIT.clean;
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The JSON document of `check --json`. */
export function checkJson(run: CheckRun): Record<string, unknown> {
  const findings = run.findings.map(({ ruleId, severity, message, specSection, seqs, cause }) => ({
    ruleId,
    title: titles.get(ruleId) ?? ruleId,
    severity,
    message,
    specSection,
    seqs,
    ...(cause === 'inspector' ? { cause } : {}),
  }));
  const common = { version: CHECK_JSON_VERSION, outcome: run.outcome, exitCode: checkExitCode(run), counts: countBySeverity(serverFindings(run)), findings };
  if (run.outcome === 'connect-failed') return { ...common, error: run.error, stderrTail: run.stderrTail };
  return { ...common, server: run.server, requests: run.exploration.requests };
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
export function checkText(run: CheckRun): string {
  const lines: string[] = [];
  if (run.outcome === 'connect-failed') {
    lines.push(`Could not connect: ${run.error}`);
    if (run.stderrTail.length > 0) lines.push('Last lines on stderr:', ...run.stderrTail.map((line) => `  ${line}`));
  } else {
    const { name = 'unnamed server', version, protocolVersion } = run.server;
    lines.push(`Checked ${name}${version ? ` ${version}` : ''} (protocol ${protocolVersion}), ${plural(run.eventCount, 'recorded event')}.`, explorationLine(run));
  }
  const server = serverFindings(run);
  const counts = countBySeverity(server);
  for (const severity of SEVERITIES) {
    const group = server.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${HEADINGS[severity]} (${group.length})`, ...group.flatMap(findingLines));
  }
  const own = run.findings.filter(isInspectorCaused);
  if (own.length > 0) lines.push('', `Caused by the inspector's own requests, not counted (${own.length})`, ...own.flatMap(findingLines));
  lines.push('', server.length === 0 ? 'No findings.' : `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info.`);
  return `${lines.join('\n')}\n`;
}
