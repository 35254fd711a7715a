// A structural diff of two JSON values: each difference by its path (added, removed, changed), arrays
// compared index by index, with the differences the ignore rules excuse set apart, not dropped.
import { ignoringRule, maskingRule, type IgnoreRule } from './ignoreRules';
import { formatPath, type PathSegment } from './jsonPath';
import { stableJson } from '../stableJson';

/** One difference: `before` is absent for `added`, `after` for `removed`. */
export interface Difference {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** A difference that does not count, and the rule that said so. */
export interface IgnoredDifference {
  path: string;
  rule: string;
}

export interface StructuralDiff {
  differences: Difference[];
  ignored: IgnoredDifference[];
}

type JsonRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

class Differ {
  readonly result: StructuralDiff = { differences: [], ignored: [] };

  constructor(private readonly rules: readonly IgnoreRule[]) {}

  compare(before: unknown, after: unknown, path: PathSegment[]): void {
    if (Object.is(before, after)) return;
    // A rule that matches a whole object or array excuses everything under it.
    const rule = path.length > 0 ? ignoringRule(this.rules, path) : undefined;
    if (rule) {
      if (stableJson(before) !== stableJson(after)) this.result.ignored.push({ path: formatPath(path), rule: rule.id });
      return;
    }
    if (Array.isArray(before) && Array.isArray(after)) {
      for (let index = 0; index < Math.max(before.length, after.length); index++) {
        this.child(path, index, index < before.length, before[index], index < after.length, after[index]);
      }
      return;
    }
    if (isRecord(before) && isRecord(after)) {
      const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !Object.hasOwn(before, key))];
      for (const key of keys) this.child(path, key, Object.hasOwn(before, key), before[key], Object.hasOwn(after, key), after[key]);
      return;
    }
    if (typeof before === 'string' && typeof after === 'string') {
      const masking = maskingRule(this.rules, before, after);
      if (masking) return void this.result.ignored.push({ path: formatPath(path), rule: masking.id });
    }
    this.record(path, { kind: 'changed', before, after });
  }

  private child(path: PathSegment[], segment: PathSegment, inBefore: boolean, before: unknown, inAfter: boolean, after: unknown): void {
    const childPath = [...path, segment];
    if (inBefore && inAfter) return this.compare(before, after, childPath);
    if (inBefore) this.record(childPath, { kind: 'removed', before });
    else this.record(childPath, { kind: 'added', after });
  }

  private record(path: PathSegment[], difference: Omit<Difference, 'path'>): void {
    const rule = ignoringRule(this.rules, path);
    if (rule) this.result.ignored.push({ path: formatPath(path), rule: rule.id });
    else this.result.differences.push({ path: formatPath(path), ...difference });
  }
}

/** Every difference from `before` to `after`; a path an ignore rule matches is ignored with its subtree. */
export function structuralDiff(before: unknown, after: unknown, rules: readonly IgnoreRule[] = []): StructuralDiff {
  const differ = new Differ(rules);
  differ.compare(before, after, []);
  return differ.result;
}
