import { describe, expect, it } from 'vitest';
import { createDiagnosis, MAX_FINDINGS_PER_RULE, MAX_INSPECTOR_SEQS } from './createDiagnosis';
import { FindingSchema } from './finding';
import { diagnosisRuleDescriptors } from './ruleRegistry';
import { StreamBuilder, diagnose } from './testing/streamBuilder';

/** A stream with a little of everything wrong. */
function faultyStream(connectionId = 'conn-1'): StreamBuilder {
  const stream = new StreamBuilder(connectionId);
  stream.transport({ type: 'spawned', pid: 1, command: 'node bad-server.js' });
  stream.stdout('hello from the server');
  stream.handshake({ serverCapabilities: {} });
  stream.clientRequest(1, 'tools/list');
  stream.serverResult(1, { tools: [{ name: 'bad name', inputSchema: { type: 'object' } }] });
  stream.serverResult(1, { tools: [] });
  stream.serverNotification('notifications/message', { level: 'info', data: 'x' });
  stream.clientRequest(2, 'tools/call', { name: 'crash' });
  stream.stderr('TypeError: boom');
  stream.transport({ type: 'exited', code: 1, signal: null });
  return stream;
}

describe('createDiagnosis', () => {
  it('returns from observe exactly the findings each event caused, in the order findings() lists them', () => {
    const diagnosis = createDiagnosis();
    const raised = faultyStream().events.flatMap((event) => diagnosis.observe(event));
    expect(raised.map((finding) => finding.ruleId)).toEqual([
      'stdout-not-json',
      'capability-undeclared',
      'tool-name-invalid',
      'response-duplicate',
      'capability-undeclared',
      'capability-undeclared',
      'server-crashed',
    ]);
    expect(diagnosis.findings()).toEqual(raised);
    expect(diagnosis.finish()).toEqual([]);
    for (const finding of raised) expect(FindingSchema.parse(finding)).toEqual(finding);
  });

  it('yields the same findings every time the same stream is fed (live, reopened, replayed)', () => {
    const events = faultyStream().events;
    expect(diagnose(events)).toEqual(diagnose(structuredClone(events)));
  });

  it('keeps connections apart even when their ids and seqs interleave', () => {
    const first = faultyStream('a').events;
    const second = faultyStream('b').events;
    const interleaved = first.flatMap((event, index) => [event, second[index]!]).filter(Boolean);
    const findings = diagnose(interleaved);
    expect(findings.filter((finding) => finding.connectionId === 'a').map((finding) => finding.message)).toEqual(diagnose(first).map((finding) => finding.message));
    expect(findings.filter((finding) => finding.connectionId === 'b')).toHaveLength(diagnose(second).length);
  });

  it('stays silent through thousands of answered requests', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    for (let id = 1; id <= 5000; id += 1) {
      stream.clientRequest(id, 'ping');
      stream.serverResult(id, {});
    }
    const diagnosis = createDiagnosis();
    for (const event of stream.events) diagnosis.observe(event);
    expect(diagnosis.finish()).toEqual([]);
  });

  it('survives any JSON the wire may carry without a rule failing', () => {
    const oddValues: unknown[] = [null, undefined, 0, 'text', [], [[]], [null, 1], { method: 5 }, { id: [] }, { error: null, id: 1 },
      { jsonrpc: '2.0', id: 0, result: null }, { jsonrpc: '2.0', method: 'notifications/progress', params: null },
      { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: {}, progress: 'x' } },
      { jsonrpc: '2.0', id: 0, result: { protocolVersion: 5, capabilities: 'all' } },
      { jsonrpc: '2.0', id: 1, result: { tools: 'none', nextCursor: 3 } }, { jsonrpc: '2.0', id: 1, result: { tools: [null, 1, { name: 7 }] } },
      { jsonrpc: '2.0', method: 'elicitation/create', id: 'e', params: 'x' }, { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: {} } }];
    const stream = new StreamBuilder();
    stream.clientRequest(0, 'initialize', { protocolVersion: 7, capabilities: null, clientInfo: 'me' });
    stream.clientRequest(1, 'tools/list', { cursor: {}, _meta: null });
    for (const value of oddValues) {
      stream.raw('incoming', value);
      stream.raw('outgoing', value);
    }
    stream.transport({ type: 'exited', code: 3, signal: null });
    const findings = diagnose(stream.events);
    expect(findings.length).toBeGreaterThan(10);
    expect(findings.filter((finding) => finding.message.includes('rule failed'))).toEqual([]);
  });

  it("marks what the inspector's own raw messages cause as the inspector's, and the server's slips as the server's", () => {
    const stream = new StreamBuilder();
    stream.handshake({ serverCapabilities: { tools: {} } });
    // As the Raw composer may send it: a response to a request the server never made.
    const rawResponse = stream.clientResult('never-asked', {});
    const serverResponse = stream.serverResult('never-asked-either', {});
    const findings = diagnose(stream.events);
    expect(findings.map((finding) => [finding.ruleId, finding.seqs.at(-1), finding.cause])).toEqual([
      ['response-unknown-id', rawResponse, 'inspector'],
      ['response-unknown-id', serverResponse, undefined],
    ]);
  });

  it('on a tapped connection, leaves the host\'s own messages the host\'s: only what a fault changed is the inspector\'s', () => {
    const stream = new StreamBuilder();
    stream.handshake({ serverCapabilities: { tools: {} } });
    const hostResponse = stream.clientResult('never-asked', {});
    const hostUndeclared = stream.clientRequest(1, 'prompts/list');
    const faulted = stream.clientRequest(2, 'tools/call', { name: 'echo' });
    stream.fault({ rule: 'error -32603 on tools/call', action: 'error', direction: 'outgoing', targetSeq: faulted, messageId: 2, method: 'tools/call', detail: 'answered' });
    stream.transport({ type: 'exited', code: 0, signal: null });
    const tapped = createDiagnosis(undefined, { clientIsInspector: false });
    const findings = [...stream.events.flatMap((event) => tapped.observe(event)), ...tapped.finish()];
    expect(findings.map((finding) => [finding.ruleId, finding.seqs.at(-1), finding.cause])).toEqual([
      ['response-unknown-id', hostResponse, undefined],
      ['capability-undeclared', hostUndeclared, undefined],
      ['request-unanswered', hostUndeclared, undefined],
      ['request-unanswered', faulted, 'inspector'],
    ]);
    expect(findings[1]).toMatchObject({ severity: 'warning', message: "The host sent prompts/list, but the server did not declare the prompts capability; this is the host's doing, not the server's." });
    // The same stream with the inspector as the client: the first two are its own requests.
    expect(diagnose(stream.events).map((finding) => finding.cause)).toEqual(['inspector', 'inspector', 'inspector', 'inspector']);
  });

  it("does not blame the server for what an injected fault did, but keeps its own slips its own", () => {
    const stream = new StreamBuilder();
    stream.transport({ type: 'spawned', pid: 1, command: 'node server.js' });
    stream.handshake({ serverCapabilities: { tools: {} } });
    const injected = stream.clientRequest(1, 'tools/call', { name: 'echo' });
    stream.fault({ rule: 'error -32603 on tools/call', action: 'error', direction: 'outgoing', targetSeq: injected, messageId: 1, method: 'tools/call', detail: 'answered' });
    const duplicated = stream.clientRequest(2, 'tools/call', { name: 'echo' });
    stream.fault({ rule: 'duplicate', action: 'duplicate', direction: 'outgoing', targetSeq: duplicated, messageId: 2, method: 'tools/call', detail: 'sent twice' });
    stream.serverResult(2, { content: [] });
    stream.serverResult(2, { content: [] });
    const delayed = stream.clientRequest(3, 'tools/call', { name: 'echo' });
    stream.fault({ rule: 'delay 1s', action: 'delay', direction: 'outgoing', targetSeq: delayed, messageId: 3, method: 'tools/call', detail: 'held' });
    stream.transport({ type: 'exited', code: 0, signal: null });
    const findings = diagnose(stream.events);
    expect(findings.map((finding) => [finding.ruleId, finding.seqs[0], finding.cause])).toEqual([
      ['response-duplicate', duplicated, 'inspector'],
      // What the server did about the duplicate: a record of its reaction, not a bug.
      ['fault-reaction', duplicated + 1, 'inspector'],
      ['request-unanswered', injected, 'inspector'],
      ['request-unanswered', delayed, undefined],
    ]);
  });

  it("remembers the inspector's latest messages, not every one of a run that faults every message", () => {
    const duplicatedAfter = (faultsBetween: number) => {
      const stream = new StreamBuilder();
      stream.handshake({ serverCapabilities: { tools: {} } });
      const duplicated = stream.clientRequest(1, 'tools/call', { name: 'echo' });
      stream.fault({ rule: 'duplicate on tools/call', action: 'duplicate', direction: 'outgoing', targetSeq: duplicated, messageId: 1, method: 'tools/call', detail: 'sent twice' });
      for (let i = 0; i < faultsBetween; i++) {
        const dropped = stream.clientNotification('notifications/progress', { progressToken: 'p', progress: i });
        stream.fault({ rule: 'drop on notifications/progress', action: 'drop', direction: 'outgoing', targetSeq: dropped, method: 'notifications/progress', detail: 'dropped' });
      }
      stream.serverResult(1, { content: [] });
      stream.serverResult(1, { content: [] });
      const diagnosis = createDiagnosis(undefined, { clientIsInspector: false });
      return stream.events.flatMap((event) => diagnosis.observe(event)).find((finding) => finding.ruleId === 'response-duplicate');
    };
    expect(duplicatedAfter(MAX_INSPECTOR_SEQS - 1)?.cause).toBe('inspector');
    // Past the bound the oldest is forgotten: the second answer is then put down to the server.
    expect(duplicatedAfter(MAX_INSPECTOR_SEQS)?.cause).toBeUndefined();
  });

  it("lists a rule's findings on a connection up to a limit, then says once that it stops listing them", () => {
    const stream = new StreamBuilder('c1');
    const other = new StreamBuilder('c2');
    for (const builder of [stream, other]) builder.handshake({ serverCapabilities: {} });
    // Logging was not declared: every notifications/message is a capability-undeclared finding.
    for (let i = 0; i < MAX_FINDINGS_PER_RULE + 50; i++) stream.serverNotification('notifications/message', { level: 'info', data: i });
    other.serverNotification('notifications/message', { level: 'info', data: 'once' });
    stream.serverResult(7, {});
    const findings = diagnose([...stream.events, ...other.events]);
    const onFirst = findings.filter((finding) => finding.connectionId === 'c1' && finding.ruleId === 'capability-undeclared');
    expect(onFirst).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(onFirst.slice(0, MAX_FINDINGS_PER_RULE).every((finding) => finding.severity !== 'info' && finding.seqs.length > 0)).toBe(true);
    expect(onFirst.at(-1)).toMatchObject({ severity: 'info', seqs: [], message: expect.stringContaining(`has raised ${MAX_FINDINGS_PER_RULE.toLocaleString('en')} findings on this connection; further ones are not listed`) });
    // Other rules and other connections keep their own count.
    expect(findings.filter((finding) => finding.connectionId === 'c2' && finding.ruleId === 'capability-undeclared')).toHaveLength(1);
    expect(findings.filter((finding) => finding.ruleId === 'response-unknown-id')).toHaveLength(1);
  });

  it('has a registry entry per rule with a unique id and a 2025-11-25 spec link (the MCP Apps rules: their extension\'s 2026-01-26 spec)', () => {
    const ids = diagnosisRuleDescriptors.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(21);
    for (const rule of diagnosisRuleDescriptors) {
      const spec = rule.id.startsWith('app-')
        ? /^https:\/\/github\.com\/modelcontextprotocol\/ext-apps\/blob\/main\/specification\/2026-01-26\/apps\.mdx#/
        : /^https:\/\/modelcontextprotocol\.io\/specification\/2025-11-25\//;
      expect(rule.specSection).toMatch(spec);
      expect(rule.title.length).toBeGreaterThan(0);
      expect(rule.explanation.length).toBeGreaterThan(0);
    }
  });
});
