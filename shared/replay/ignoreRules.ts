// Which differences between a recorded and a replayed answer do not count: values that change on every
// run (timestamps, ISO dates, generated ids and uuids, durations, progress tokens). A small declarative
// list, extended by the user's own path globs (`--ignore`).
import { compilePathGlob, type PathGlob, type PathSegment } from './jsonPath';

/**
 * One rule. `path`: a glob over the whole path; `key`: the last key's name; `text`: parts of strings
 * (masked on both sides before comparing, so "at 12:01" vs "at 12:02" inside a sentence is the same).
 */
export interface IgnoreRule {
  id: string;
  description: string;
  path?: PathGlob;
  key?: RegExp;
  text?: RegExp;
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** The built-in rules, in the order they are tried. */
export const DEFAULT_IGNORE_RULES: readonly IgnoreRule[] = [
  { id: 'progress-token', description: '_meta progress tokens (new for every request)', path: compilePathGlob('**._meta.progressToken') },
  {
    id: 'timestamp',
    description: 'timestamp and date fields',
    key: /^(timestamp|time|date|datetime|now|(created|updated|modified|expires|started|finished|completed)(At|On|Time)?|lastModified|lastUpdated|ts)$/i,
  },
  { id: 'duration', description: 'durations and latencies', key: /(duration|elapsed|latency|took|uptime)(Ms|Millis|Seconds|Secs|Ns|_ms|_s)?$/i },
  { id: 'generated-id', description: 'generated ids (sessions, requests, traces, tasks)', key: /^(sessionId|requestId|traceId|spanId|correlationId|nonce|etag|taskId|runId)$/i },
  { id: 'iso-date', description: 'ISO 8601 dates and times inside strings', text: ISO_DATE },
  { id: 'uuid', description: 'UUIDs inside strings', text: UUID },
];

/** A rule for each `--ignore` glob; throws PathGlobError for a glob that cannot be read. */
export function userIgnoreRules(globs: readonly string[]): IgnoreRule[] {
  return globs.map((glob) => ({ id: `ignore ${glob}`, description: `--ignore ${glob}`, path: compilePathGlob(glob) }));
}

/** The rule that makes this whole path not count, if any (path and key rules). */
export function ignoringRule(rules: readonly IgnoreRule[], path: readonly PathSegment[]): IgnoreRule | undefined {
  const last = path.at(-1);
  return rules.find((rule) => (rule.path !== undefined && rule.path.matches(path)) || (rule.key !== undefined && typeof last === 'string' && rule.key.test(last)));
}

/**
 * The text rules whose masking makes two different strings equal: the first one that suffices alone,
 * else all of them together; undefined when the strings still differ.
 */
export function maskingRule(rules: readonly IgnoreRule[], before: string, after: string): IgnoreRule | undefined {
  const textRules = rules.filter((rule) => rule.text !== undefined);
  for (const rule of textRules) if (mask(before, [rule]) === mask(after, [rule])) return rule;
  if (textRules.length > 1 && mask(before, textRules) === mask(after, textRules)) return textRules[0];
  return undefined;
}

function mask(text: string, rules: readonly IgnoreRule[]): string {
  return rules.reduce((masked, rule) => masked.replace(rule.text!, `<${rule.id}>`), text);
}

/**
 * A copy of `value` with what the rules set aside gone: paths and keys they ignore are dropped (an
 * ignored array item becomes null, so the items after it keep their place), and strings are masked by
 * the text rules. Two values whose differences all count as volatile give the same copy.
 */
export function withoutVolatile(value: unknown, rules: readonly IgnoreRule[], path: PathSegment[] = []): unknown {
  if (typeof value === 'string') return mask(value, rules.filter((rule) => rule.text !== undefined));
  if (Array.isArray(value)) return value.map((item, index) => (ignoringRule(rules, [...path, index]) ? null : withoutVolatile(item, rules, [...path, index])));
  if (typeof value !== 'object' || value === null) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (!ignoringRule(rules, [...path, key])) kept[key] = withoutVolatile(inner, rules, [...path, key]);
  }
  return kept;
}
