import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { toolNameInvalidRule } from './toolNameInvalid';

const tool = (name: string) => ({ name, inputSchema: { type: 'object' } });

describe('tool-name-invalid', () => {
  it('reports names that break the 2025-11-25 rules', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.clientRequest(1, 'tools/list');
    stream.serverResult(1, { tools: [tool('get weather'), tool(''), tool('x'.repeat(129)), tool('ok_name-1.2'), tool('naïve/tool')] });
    const messages = diagnose(stream.events, [toolNameInvalidRule]).map((finding) => finding.message);
    expect(messages).toHaveLength(4);
    expect(messages[0]).toContain('"get weather" in tools/list (id 1) contains " "');
    expect(messages[1]).toContain('is empty');
    expect(messages[2]).toContain('is 129 characters long');
    expect(messages[3]).toContain('contains "ï", "/"');
  });

  it('reports a name repeated within a page and across pages of one walk', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.clientRequest(1, 'tools/list');
    const first = stream.serverResult(1, { tools: [tool('a'), tool('b'), tool('b')], nextCursor: 'page2' });
    stream.clientRequest(2, 'tools/list', { cursor: 'page2' });
    const second = stream.serverResult(2, { tools: [tool('a'), tool('c')] });
    const findings = diagnose(stream.events, [toolNameInvalidRule]);
    expect(findings.map((finding) => finding.seqs)).toEqual([[first], [first, second]]);
    expect(findings[1]?.message).toContain('"a" appears twice in the tools listing (on an earlier page of this listing)');
  });

  it('does not mix up separate listings, and notes character rules as info on older revisions', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    for (const id of [1, 2]) {
      stream.clientRequest(id, 'tools/list');
      stream.serverResult(id, { tools: [tool('a'), tool('b')] });
    }
    expect(diagnose(stream.events, [toolNameInvalidRule])).toEqual([]);
    const older = new StreamBuilder();
    older.handshake({ version: '2025-06-18' });
    older.clientRequest(1, 'tools/list');
    older.serverResult(1, { tools: [tool('get weather')] });
    expect(diagnose(older.events, [toolNameInvalidRule])).toEqual([expect.objectContaining({ severity: 'info' })]);
  });
});
