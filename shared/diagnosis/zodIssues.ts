// Turns zod issues from the SDK's protocol schemas into plain words with JSON paths, dropping the
// issues where the SDK is stricter than the specification (a false positive is a bug).
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** A problem at a place in a message, e.g. `result.tools[2].inputSchema.type`. */
export interface SchemaProblem {
  path: string;
  problem: string;
}

/** `['tools', 2, 'name']` → `tools[2].name`. */
export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/**
 * The SDK checks `annotations.lastModified` with a strict RFC 3339 date-time, while the spec only asks
 * for an ISO 8601 string (e.g. a bare date is valid there).
 */
function isStricterThanSpec(issue: Issue, path: readonly PathKey[]): boolean {
  return issue.code === 'invalid_format' && path.at(-1) === 'lastModified';
}

function describeIssue(issue: Issue): string {
  if (issue.code === 'invalid_type' && issue.expected === 'nonoptional') return 'is required but missing';
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return `is required (expected ${issue.expected}) but missing`;
  return issue.message.replace(/^Invalid (input|option): /, '');
}

function isTypeMismatch(branch: readonly Issue[]): boolean {
  return branch.some((issue) => issue.code === 'invalid_value' && issue.path.length === 1 && issue.path[0] === 'type');
}

/** A union failed: explain it through the branch the value most likely meant (its `type` matched, fewest issues). */
function unionProblems(issue: Extract<Issue, { code: 'invalid_union' }>, path: readonly PathKey[]): SchemaProblem[] {
  const branches = issue.errors;
  const candidates = branches.filter((branch) => !isTypeMismatch(branch));
  if (candidates.length === 0 && branches.length > 0) {
    const allowed = branches.flatMap((branch) => branch.flatMap((inner) => (inner.code === 'invalid_value' && inner.path[0] === 'type' ? inner.values : [])));
    return [{ path: formatPath([...path, 'type']), problem: `is not one of the allowed types (${allowed.map((value) => JSON.stringify(value)).join(', ')})` }];
  }
  const missingFields = candidates.map((branch) => (branch.length === 1 && branch[0] && describeIssue(branch[0]).startsWith('is required') ? branch[0].path : undefined));
  if (candidates.length > 1 && missingFields.every((field) => field?.length === 1)) {
    return [{ path: formatPath(path), problem: `needs one of the fields ${missingFields.map((field) => JSON.stringify(field?.[0])).join(' or ')}` }];
  }
  const best = candidates.reduce<readonly Issue[] | undefined>((chosen, branch) => (!chosen || branch.length < chosen.length ? branch : chosen), undefined);
  if (!best) return [{ path: formatPath(path), problem: describeIssue(issue) }];
  return issuesToProblems(best, path);
}

/** Flattens zod issues (unions included) into problems, minus the SDK's over-strict checks. */
export function issuesToProblems(issues: readonly Issue[], prefix: readonly PathKey[] = []): SchemaProblem[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') return unionProblems(issue, path);
    if (isStricterThanSpec(issue, path)) return [];
    return [{ path: formatPath(path), problem: describeIssue(issue) }];
  });
}

/** `result.tools[0].name is required but missing; …`, at most `limit` problems. */
export function describeProblems(problems: readonly SchemaProblem[], limit = 5): string {
  const shown = problems.slice(0, limit).map(({ path, problem }) => (path ? `${path} ${problem}` : problem));
  const more = problems.length > limit ? `; and ${problems.length - limit} more` : '';
  return `${shown.join('; ')}${more}`;
}
