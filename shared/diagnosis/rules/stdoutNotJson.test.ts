import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { stdoutNotJsonRule } from './stdoutNotJson';

describe('stdout-not-json', () => {
  it('reports each non-JSON stdout line with its seq', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    const seq = stream.stdout('Server listening on stdio');
    const findings = diagnose(stream.events, [stdoutNotJsonRule]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'stdout-not-json', severity: 'error', connectionId: 'conn-1', seqs: [seq] });
    expect(findings[0]?.message).toContain('Server listening on stdio');
  });

  it('stops after ten lines so a chatty server does not flood the findings', () => {
    const stream = new StreamBuilder();
    for (let line = 0; line < 25; line += 1) stream.stdout(`banner ${line}`);
    const findings = diagnose(stream.events, [stdoutNotJsonRule]);
    expect(findings).toHaveLength(10);
    expect(findings[9]?.message).toContain('not reported');
  });

  it('is silent on a clean session with stderr logging', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.stderr('debug: started');
    expect(diagnose(stream.events, [stdoutNotJsonRule])).toEqual([]);
  });
});
