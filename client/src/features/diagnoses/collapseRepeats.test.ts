import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/diagnosis/finding';
import { collapseRepeats } from './collapseRepeats';

const finding = (ruleId: string, n: number): Finding => ({
  ruleId,
  severity: 'error',
  connectionId: 'c',
  message: `${ruleId} ${n}`,
  specSection: 'https://modelcontextprotocol.io/specification/2025-11-25',
  seqs: [n],
});

const describeRows = (rows: ReturnType<typeof collapseRepeats>) => rows.map((row) => (row.kind === 'finding' ? row.finding.message : `${row.hidden} more ${row.ruleId}`));

describe('collapseRepeats', () => {
  it("shows each rule's first findings and its latest in the order raised, and folds the ones between into one row", () => {
    const findings = [finding('a', 1), finding('a', 2), finding('b', 3), finding('a', 4), finding('a', 5), finding('c', 6), finding('a', 7)];
    expect(describeRows(collapseRepeats(findings, new Set(), 2))).toEqual(['a 1', 'a 2', 'b 3', '2 more a', 'c 6', 'a 7']);
  });

  it('shows a rule whole when it is expanded, or when folding would hide a single finding', () => {
    const findings = [finding('a', 1), finding('a', 2), finding('a', 3), finding('a', 4), finding('b', 5), finding('b', 6), finding('b', 7), finding('b', 8), finding('b', 9)];
    expect(describeRows(collapseRepeats(findings, new Set(), 2))).toEqual(['a 1', 'a 2', 'a 3', 'a 4', 'b 5', 'b 6', '2 more b', 'b 9']);
    expect(describeRows(collapseRepeats(findings, new Set(['b']), 2))).toEqual(['a 1', 'a 2', 'a 3', 'a 4', 'b 5', 'b 6', 'b 7', 'b 8', 'b 9']);
  });
});
