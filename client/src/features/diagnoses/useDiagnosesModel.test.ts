import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/diagnosis';
import { splitFindings } from './useDiagnosesModel';

const finding = (ruleId: string, cause?: Finding['cause']): Finding => ({
  ruleId,
  severity: 'info',
  connectionId: 'c',
  message: ruleId,
  specSection: 'https://modelcontextprotocol.io/specification/2025-11-25',
  seqs: [1],
  ...(cause ? { cause } : {}),
});

describe('splitFindings', () => {
  it("keeps the inspector's own findings apart from the server's, each in the order raised", () => {
    const split = splitFindings([finding('a'), finding('b', 'inspector'), finding('c', 'server'), finding('d', 'inspector')]);
    expect(split.server.map((item) => item.ruleId)).toEqual(['a', 'c']);
    expect(split.inspector.map((item) => item.ruleId)).toEqual(['b', 'd']);
  });
});
