import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { protocolVersionUnknownRule } from './protocolVersionUnknown';

function answer(offered: string, answered: unknown) {
  const stream = new StreamBuilder();
  const request = stream.clientRequest(0, 'initialize', { protocolVersion: offered, capabilities: {}, clientInfo: { name: 'c', version: '1' } });
  const response = stream.serverResult(0, { protocolVersion: answered, capabilities: {}, serverInfo: { name: 's', version: '1' } });
  return { findings: diagnose(stream.events, [protocolVersionUnknownRule]), request, response };
}

describe('protocol-version-unknown', () => {
  it('reports a version that is neither offered nor published', () => {
    const { findings, request, response } = answer('2025-11-25', '2025-13-01');
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'protocol-version-unknown', seqs: [request, response] })]);
    expect(findings[0]?.message).toContain('"2025-13-01"');
    expect(findings[0]?.message).toContain('offered "2025-11-25"');
  });

  it.each([
    ['2025-11-25', '2025-11-25'],
    ['2025-11-25', '2024-11-05'],
    ['2025-06-18', '2025-03-26'],
    ['2099-01-01', '2099-01-01'],
  ])('accepts %s answered with %s', (offered, answered) => {
    expect(answer(offered, answered).findings).toEqual([]);
  });

  it('leaves a missing version to result-schema', () => {
    expect(answer('2025-11-25', undefined).findings).toEqual([]);
  });
});
