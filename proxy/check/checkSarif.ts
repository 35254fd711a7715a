// `check --format sarif`: every diagnosis rule as a SARIF rule, every finding as a result placed on the
// request it is about (method, tool or URI, JSON-RPC id, message numbers), plus check's own problems
// (a hung request, a run stopped by its bound, a failed assertion). Findings the inspector's own
// requests caused are kept as suppressed results, as the text report lists them apart.
import type * as Sarif from 'sarif';
import { sarifLog, type SarifResultInput, type SarifRule, type SarifWhere } from '../../shared/artifacts/sarifLog';
import { diagnosisRuleDescriptors, isInspectorCaused, type Finding } from '../../shared/diagnosis';
import { specLinks } from '../../shared/diagnosis/specLinks';
import { checkAssertions, type AssertionKind, type CheckPolicy } from './checkPolicy';
import { checkExitCode } from './checkReport';
import type { SentRequest } from './exploreServer';
import { placeFindings } from './placeFindings';
import type { CheckRun } from './runCheck';

const README = 'https://www.npmjs.com/package/mcp-inspect#mcp-inspect-check-lint-a-server-in-ci';

/** check's own rules, beside the diagnosis's. */
const CHECK_RULES: readonly SarifRule[] = [
  { id: 'request-hung', title: 'A request was never answered', explanation: 'check cancelled a request after its bound and the server never answered it, not even after the cancellation.', helpUri: specLinks.timeouts, severity: 'error' },
  { id: 'run-stopped-early', title: 'The run was stopped by its bound', explanation: "check's bound on the whole run was reached; what was left was not checked.", helpUri: specLinks.timeouts, severity: 'error' },
  { id: 'connect-failed', title: 'Could not connect', explanation: 'The server could not be started or reached, or the handshake did not finish in time.', helpUri: specLinks.initialization, severity: 'error' },
  ...(
    [
      ['expect-tool', 'An expected tool is not listed'],
      ['expect-resource', 'An expected resource is not listed'],
      ['expect-prompt', 'An expected prompt is not listed'],
      ['max-duration', 'A request took longer than --max-duration'],
    ] as const satisfies readonly (readonly [AssertionKind, string])[]
  ).map(([id, title]) => ({ id, title, explanation: `An assertion of the check command line (--${id}) failed.`, helpUri: README, severity: 'error' as const })),
];

export const CHECK_SARIF_RULES: readonly SarifRule[] = [
  ...diagnosisRuleDescriptors.map(({ id, title, explanation, specSection, severity }) => ({ id, title, explanation, helpUri: specSection, severity })),
  ...CHECK_RULES,
];

const whereOf = (request: SentRequest | undefined, seqs: readonly number[] = []): SarifWhere => ({
  ...(request ? { method: request.method, ...(request.name ?? request.uri ? { subject: request.name ?? request.uri } : {}) } : {}),
  ...(request?.jsonRpcId === undefined ? {} : { jsonRpcId: request.jsonRpcId }),
  seqs,
});

function findingResult(finding: Finding, request: SentRequest | undefined): SarifResultInput {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    where: whereOf(request, finding.seqs),
    ...(isInspectorCaused(finding) ? { suppressedBecause: "Caused by the inspector's own request, not by the server." } : {}),
  };
}

function checkResults(run: CheckRun, policy: CheckPolicy): SarifResultInput[] {
  const placed = placeFindings(run);
  const results = placed.unplaced.map((finding) => findingResult(finding, undefined));
  if (run.outcome === 'connect-failed') results.unshift({ ruleId: 'connect-failed', severity: 'error', message: `Could not connect: ${run.error}`, where: { method: 'initialize' } });
  else {
    for (const [request, findings] of placed.byRequest) results.push(...findings.map((finding) => findingResult(finding, request)));
    for (const failure of run.exploration.failures.filter((candidate) => candidate.hung)) {
      const seqs = [failure.fate?.requestSeq, failure.fate?.cancellationSeq].filter((seq): seq is number => seq !== undefined);
      const subject = failure.name ?? failure.uri;
      results.push({ ruleId: 'request-hung', severity: 'error', message: `${failure.method}${subject === undefined ? '' : ` ${subject}`} was never answered: ${failure.error.message}`, where: { method: failure.method, ...(subject === undefined ? {} : { subject }), ...(failure.jsonRpcId === undefined ? {} : { jsonRpcId: failure.jsonRpcId }), seqs } });
    }
    const { stoppedEarly } = run.exploration;
    if (stoppedEarly !== undefined) results.push({ ruleId: 'run-stopped-early', severity: 'error', message: `Stopped early: ${stoppedEarly}` });
  }
  for (const assertion of checkAssertions(run, policy).filter((candidate) => !candidate.passed)) {
    results.push({ ruleId: assertion.kind, severity: 'error', message: assertion.message, ...(assertion.request ? { where: whereOf(assertion.request, assertion.request.requestSeq === undefined ? [] : [assertion.request.requestSeq]) } : {}) });
  }
  return results;
}

/** The report as a SARIF 2.1.0 log. `artifact`: the repository file the results are reported against. */
export function checkSarif(run: CheckRun, policy: CheckPolicy, { toolVersion, artifact }: { toolVersion: string; artifact?: string }): Sarif.Log {
  const server = run.outcome === 'checked' ? run.server : undefined;
  return sarifLog({
    toolVersion,
    rules: CHECK_SARIF_RULES,
    results: checkResults(run, policy),
    ...(artifact === undefined ? {} : { artifact }),
    exitCode: checkExitCode(run, policy),
    automationId: `mcp-inspect/check/${server?.name ?? 'server'}/`,
    properties: { failOn: policy.failOn, ...(server ? { server } : {}) },
  });
}
