// A rule that fires on every message (a server repeating one mistake) would bury every other finding
// under hundreds of rows saying the same thing. The list keeps the order findings were raised in, shows
// each rule's first few and its latest (the diagnosis's notice that it stopped listing a rule is always
// its latest), and puts one row where the ones between would start, which expands them in place.
import type { Finding } from '../../../../shared/diagnosis/finding';

/** How many findings of one rule are shown before the rest are folded into one row. */
export const SHOWN_PER_RULE = 20;

export type FindingListRow =
  | { kind: 'finding'; finding: Finding }
  /** The rest of a rule's findings, folded: `hidden` of them. */
  | { kind: 'folded'; ruleId: string; hidden: number };

/** The rows of a finding list: every finding of an `expanded` rule, else each rule's first `shown` and its latest. */
export function collapseRepeats(findings: readonly Finding[], expanded: ReadonlySet<string>, shown = SHOWN_PER_RULE): FindingListRow[] {
  const totals = new Map<string, number>();
  for (const finding of findings) totals.set(finding.ruleId, (totals.get(finding.ruleId) ?? 0) + 1);
  const seen = new Map<string, number>();
  const rows: FindingListRow[] = [];
  for (const finding of findings) {
    const count = (seen.get(finding.ruleId) ?? 0) + 1;
    seen.set(finding.ruleId, count);
    const total = totals.get(finding.ruleId)!;
    // Folding a single finding would save nothing: a rule one past the limit is shown whole.
    if (expanded.has(finding.ruleId) || count <= shown || count === total || total <= shown + 2) rows.push({ kind: 'finding', finding });
    else if (count === shown + 1) rows.push({ kind: 'folded', ruleId: finding.ruleId, hidden: total - shown - 1 });
  }
  return rows;
}
