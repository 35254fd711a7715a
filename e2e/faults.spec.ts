// Fault injection over stdio against the real server-everything: each action reaches the client as
// specified, is an event of the recorded stream (and of the saved session), and the diagnosis does not
// blame the server for it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures/test';
import { everythingEntry } from './fixtures/paths';
import { startProxy, type RunningProxy } from './fixtures/proxyProcess';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { readEnvelope } from '../shared/jsonrpc';
import type { RecordedEvent } from '../shared/recordedEvent';
import { readSession } from '../shared/session';

test.describe.configure({ mode: 'serial' });

let proxy: RunningProxy;
let client: InspectorSocketClient;
let connectionId: string;
let dir: string;
let recordFile: string;

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-faults-'));
  recordFile = path.join(dir, 'faults.jsonl');
  proxy = await startProxy(['--record', recordFile, '--fault', 'delay 700ms on tools/call', '--', process.execPath, everythingEntry, 'stdio']);
  ({ client, connectionId } = await InspectorSocketClient.openConnected(proxy));
});

test.afterAll(async () => {
  client?.close();
  await proxy?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const echo = (message: string, timeoutMs?: number) =>
  client.request({ connectionId, method: 'tools/call', params: { name: 'echo', arguments: { message } }, ...(timeoutMs ? { timeoutMs } : {}) });

function setFaults(...rules: string[]) {
  return client.setFaults({ connectionId, faults: rules.map((rule) => ({ rule, enabled: true })) });
}

/** Sends a ping and waits until its answer is in the events: everything recorded before it is in too. */
async function settle(): Promise<void> {
  const pong = await client.request({ connectionId, method: 'ping' });
  expect(pong.ok && pong.resultSeq).toBeGreaterThan(0);
  await client.waitFor(() => (client.events.at(-1)?.seq ?? 0) >= (pong.ok ? pong.resultSeq! : 0));
}

const faultsOf = (rule: string) => client.events.filter((event): event is Extract<RecordedEvent, { kind: 'fault' }> => event.kind === 'fault' && event.fault.rule === rule);

/** The recorded messages answering the outgoing tools/call whose echo carried `message`. */
function answersTo(message: string): RecordedEvent[] {
  const request = client.events.find(
    (event) => event.kind === 'message' && event.direction === 'outgoing' && JSON.stringify(event.message).includes(`"message":"${message}"`),
  );
  const id = request?.kind === 'message' ? readEnvelope(request.message).id : undefined;
  expect(id, `a recorded request echoing ${message}`).toBeDefined();
  return client.events.filter((event) => event.kind === 'message' && event.direction === 'incoming' && readEnvelope(event.message).id === id && readEnvelope(event.message).kind !== 'request');
}

test('--fault "delay 700ms on tools/call": the call takes at least 700 ms, and the fault is an event', async () => {
  expect(client.connections.get(connectionId)?.settings?.faults).toEqual([{ rule: 'delay 700ms on tools/call', enabled: true }]);
  const started = Date.now();
  const outcome = await echo('slow');
  expect(outcome.ok).toBe(true);
  expect(Date.now() - started).toBeGreaterThanOrEqual(700);
  await settle();
  const [fault] = faultsOf('delay 700ms on tools/call');
  expect(fault?.fault).toMatchObject({ action: 'delay', direction: 'outgoing', method: 'tools/call', detail: expect.stringContaining('for 700 ms') });
  expect(fault!.fault.targetSeq).toBe(outcome.requestSeq);
});

test('a rule that does not parse is refused with the parser\'s words, and the rules stay as they were', async () => {
  await expect(setFaults('delay 1s on tools/call', 'explode on tools/call')).rejects.toThrow('Invalid fault rule "explode on tools/call": Unknown fault action "explode"');
  expect(client.connections.get(connectionId)?.settings?.faults).toEqual([{ rule: 'delay 700ms on tools/call', enabled: true }]);
});

test('error -32603: the client gets that error in the server\'s place; the server never sees the call', async () => {
  await setFaults('error -32603 on tools/call');
  const outcome = await echo('refused');
  expect(outcome.ok).toBe(false);
  expect(!outcome.ok && outcome.error).toMatchObject({ code: -32603, message: expect.stringContaining('Injected by mcp-inspect fault "error -32603 on tools/call"') });
  await settle();
  expect(answersTo('refused')).toEqual([]);
  expect(faultsOf('error -32603 on tools/call')[0]?.fault.injected).toMatchObject({ error: { code: -32603 } });
});

test('drop: the server never gets the call, so it times out', async () => {
  await setFaults('drop on tools/call');
  const outcome = await echo('dropped', 1500);
  expect(!outcome.ok && outcome.error.code).toBe(-32001);
  await settle();
  expect(answersTo('dropped')).toEqual([]);
});

test('duplicate: the server gets the call twice and answers both', async () => {
  await setFaults('duplicate on tools/call');
  const outcome = await echo('twice');
  expect(outcome.ok).toBe(true);
  await expect.poll(() => answersTo('twice').length).toBe(2);
  // The diagnosis records the reaction, as the inspector's doing, not a server bug.
  await expect
    .poll(() => client.findings.find((finding) => finding.ruleId === 'fault-reaction')?.message)
    .toMatch(/^The server answered the duplicated request tools\/call \(id \d+\) twice: it treated the repeated id as a second request\.$/);
});

test('reorder: the held call reaches the server after the next one', async () => {
  await setFaults('reorder on tools/call every 2');
  const first = echo('first');
  const second = echo('second');
  const third = echo('third');
  expect((await Promise.all([first, second, third])).every((outcome) => outcome.ok)).toBe(true);
  await settle();
  const seqOf = (message: string) => answersTo(message)[0]!.seq;
  // "second" was held until "third" had gone: the server answered it last.
  expect(seqOf('first')).toBeLessThan(seqOf('third'));
  expect(seqOf('third')).toBeLessThan(seqOf('second'));
});

test('corrupt: invalid JSON reaches the server (no answer) or the client (the answer is lost)', async () => {
  await setFaults('corrupt on tools/call to server');
  const toServer = await echo('garbled', 1500);
  expect(toServer.ok).toBe(false);
  await settle();
  expect(answersTo('garbled')).toEqual([]);
  await setFaults('corrupt on tools/call to client');
  const toClient = await echo('garbled-answer', 1500);
  expect(!toClient.ok && toClient.error.code).toBe(-32001);
  // The server did answer: the recording holds what it sent, the client got half of it.
  await settle();
  expect(answersTo('garbled-answer')).toHaveLength(1);
});

test('timeout: the server answers, the answer is withheld, the client times out', async () => {
  await setFaults('timeout on tools/call');
  const outcome = await echo('withheld', 1500);
  expect(!outcome.ok && outcome.error.code).toBe(-32001);
  await settle();
  expect(answersTo('withheld')).toHaveLength(1);
  expect(faultsOf('timeout on tools/call').map((event) => event.fault.detail)).toEqual([
    expect.stringContaining('its answer will be withheld'),
    expect.stringContaining('withheld the answer to tools/call'),
  ]);
});

test('kill after 1: the first call passes, the second ends the server; the diagnosis blames the inspector', async () => {
  await setFaults('kill on tools/call after 1');
  expect((await echo('lives')).ok).toBe(true);
  const killed = await echo('dies');
  expect(killed.ok).toBe(false);
  const exited = await client.waitForState(connectionId, ['exited']);
  expect(exited.exit).toEqual({ code: null, signal: 'SIGKILL' });
  await expect.poll(() => client.findings.some((finding) => finding.ruleId === 'server-crashed')).toBe(true);
  // Nothing the faults did is the server's fault: no finding about the server names a faulted message.
  const faultedSeqs = new Set(client.events.flatMap((event) => (event.kind === 'fault' && event.fault.action !== 'delay' && event.fault.action !== 'timeout' ? [event.fault.targetSeq] : [])));
  const blamed = client.findings.filter((finding) => finding.cause !== 'inspector' && finding.seqs.some((seq) => faultedSeqs.has(seq)));
  expect(blamed).toEqual([]);
  expect(client.findings.some((finding) => finding.ruleId === 'server-crashed' && finding.cause === 'inspector')).toBe(true);
});

test('every fault is recorded in the session file', async () => {
  await client.disconnect({ connectionId });
  const session = readSession(readFileSync(recordFile, 'utf8'));
  const recorded = session.entries.flatMap((entry) => (entry.type === 'event' && entry.payload.kind === 'fault' ? [entry.payload.fault.action] : []));
  expect(new Set(recorded)).toEqual(new Set(['delay', 'error', 'drop', 'duplicate', 'reorder', 'corrupt', 'timeout', 'kill']));
  expect(session.problems).toEqual([]);

  // Reopened, the session shows the same faults, and its connection the rules it was recorded with.
  const reopened = await startProxy([recordFile], { subcommand: 'open' });
  try {
    const readOnly = await InspectorSocketClient.open(reopened.origin, reopened.token);
    const actions = readOnly.events.flatMap((event) => (event.kind === 'fault' ? [event.fault.action] : []));
    expect(actions).toEqual(recorded);
    const [summary] = [...readOnly.connections.values()];
    expect(summary?.settings?.faults).toEqual([{ rule: 'kill on tools/call after 1', enabled: true }]);
    await expect(readOnly.setFaults({ connectionId: summary!.id, faults: [] })).rejects.toThrow('This connection is a recording');
    readOnly.close();
  } finally {
    await reopened.stop();
  }
});
