// What makes a check fail, beyond the defaults: `--fail-on` (the lowest severity that fails the run)
// and the assertions `--expect-tool`, `--expect-resource`, `--expect-prompt` and `--max-duration`.
// Pure: judged on a finished run, so every report format and the exit code read the same verdicts.
import type { Finding, Severity } from '../../shared/diagnosis';
import { describeSubject, type SentRequest } from './exploreServer';
import type { CheckRun } from './runCheck';

export interface CheckPolicy {
  /** Findings of this severity or worse fail the run (default `error`). */
  failOn: Severity;
  /** Any request slower than this fails the run. */
  maxDurationMs?: number;
  expectTools: readonly string[];
  /** A resource URI, or a resource template's uriTemplate. */
  expectResources: readonly string[];
  expectPrompts: readonly string[];
}

export const DEFAULT_CHECK_POLICY: CheckPolicy = { failOn: 'error', expectTools: [], expectResources: [], expectPrompts: [] };

export type AssertionKind = 'expect-tool' | 'expect-resource' | 'expect-prompt' | 'max-duration';

export interface AssertionResult {
  kind: AssertionKind;
  /** What was asserted: the name or URI expected, or the request timed. */
  subject: string;
  passed: boolean;
  message: string;
  /** For max-duration: the request that was too slow. */
  request?: SentRequest;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Whether a finding of this severity fails a run under `--fail-on failOn`. */
export function failsRun(finding: Pick<Finding, 'severity'>, failOn: Severity): boolean {
  return RANK[finding.severity] >= RANK[failOn];
}

const EXPECTATIONS = [
  { kind: 'expect-tool', field: 'expectTools', listed: 'tools', noun: 'tool', method: 'tools/list' },
  { kind: 'expect-resource', field: 'expectResources', listed: 'resources', noun: 'resource', method: 'resources/list and resources/templates/list' },
  { kind: 'expect-prompt', field: 'expectPrompts', listed: 'prompts', noun: 'prompt', method: 'prompts/list' },
] as const;

/** Every assertion the policy makes, passed or not: expectations first, then each too-slow request. */
export function checkAssertions(run: CheckRun, policy: CheckPolicy): AssertionResult[] {
  const results: AssertionResult[] = [];
  for (const { kind, field, listed, noun, method } of EXPECTATIONS) {
    for (const expected of policy[field]) {
      if (run.outcome !== 'checked') {
        results.push({ kind, subject: expected, passed: false, message: `${noun} "${expected}" not checked: could not connect` });
        continue;
      }
      const passed = run.exploration.listed[listed].includes(expected);
      results.push({ kind, subject: expected, passed, message: passed ? `${noun} "${expected}" is listed` : `${noun} "${expected}" is not listed by ${method}` });
    }
  }
  const limit = policy.maxDurationMs;
  if (limit !== undefined && run.outcome === 'checked') {
    for (const request of run.exploration.sent) {
      if (request.durationMs <= limit) continue;
      const subject = describeSubject(request);
      results.push({ kind: 'max-duration', subject, passed: false, request, message: `${subject} took ${Math.round(request.durationMs)} ms, more than --max-duration ${limit} ms` });
    }
  }
  return results;
}
