// Replay: a session recorded through the real proxy against a fixture server is replayed with the
// built CLI against the same server (exit 0, every request "same", the volatile clock aside) and
// against a changed build of it (exit 1: the renamed tool is missing, the reworded result is changed
// at its path); the replay is itself recorded. The UI replays the shown session with the same verdicts.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type * as Sarif from 'sarif';
import { sarifSchemaErrors } from '../shared/artifacts/testing/sarifSchema';
import type { ReplayReport } from '../shared/replay';
import { readSession } from '../shared/session';
import { writeHostileSession } from './fixtures/hostileSession';
import { runBuiltCli } from './fixtures/checkCli';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { GOLDEN } from './assets/recordGoldenSessions';
import { everythingEntry, fixtureServerCommand } from './fixtures/paths';
import { startProxy } from './fixtures/proxyProcess';
import { expect, test } from './fixtures/test';
import { InspectorPage } from './pages/InspectorPage';

const server = fixtureServerCommand('replayTargetServer');

/** Records a session: lists, calls (one that asks the client for sampling, answered here), a read, a ping. */
async function recordSession(file: string): Promise<void> {
  const proxy = await startProxy(['--record', file, '--', server.command, ...server.args]);
  try {
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connectionId] = [...client.connections.keys()];
    await client.waitForState(connectionId!, ['connected']);
    const call = (name: string, args: Record<string, unknown>) => client.request({ connectionId: connectionId!, method: 'tools/call', params: { name, arguments: args } });
    await client.request({ connectionId: connectionId!, method: 'tools/list' });
    await call('echo', { message: 'replay me' });
    await call('add', { a: 2, b: 3 });
    await call('clock', {});
    await client.request({ connectionId: connectionId!, method: 'resources/read', params: { uri: 'replay://status' } });
    const asked = call('ask-model', { question: 'Ready?' });
    await client.waitFor(() => client.events.some((event) => event.kind === 'message' && JSON.stringify(event.message).includes('"sampling/createMessage"')));
    // The first server request of a fresh proxy is the inbox's "r1".
    await client.respond({ connectionId: connectionId!, requestId: 'r1', answer: { result: { role: 'assistant', content: { type: 'text', text: 'Yes.' }, model: 'e2e' } } });
    expect(JSON.stringify(await asked)).toContain('The model said: Yes.');
    await client.request({ connectionId: connectionId!, method: 'ping' });
    client.close();
  } finally {
    await proxy.stop();
  }
}

const replay = (args: string[]) => runBuiltCli('replay', args);

let recorded: string;

test.beforeAll(async () => {
  recorded = path.join(mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-replay-')), 'recorded.session.jsonl');
  await recordSession(recorded);
});

test('replayed against the same server, every request is the same: exit 0, and the replay is recorded', async () => {
  const testInfo = test.info();
  const replayFile = testInfo.outputPath('replay.session.jsonl');
  // No server named: the recorded one, shown on stderr and run because of --yes (nothing else on stderr).
  const run = await replay(['--yes', '--record', replayFile, recorded]);
  expect(run.stderr).toBe(
    `mcp-inspect replay: the session file names the server to replay against. A session file is untrusted input; this is what it runs:\n  command            ${[server.command, ...server.args].join(' ')}\n`,
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`of c1 from ${recorded}`);
  for (const line of ['tools/list', 'tools/call echo', 'tools/call add', 'tools/call clock', 'resources/read replay://status', 'tools/call ask-model', 'ping']) {
    expect(run.stdout).toMatch(new RegExp(`^same +${line.replace(/[/.]/g, '\\$&')}$`, 'm'));
  }
  // The clock's time and uuid differ on every call: set apart by the volatile-field rules.
  expect(run.stdout).toMatch(/^7 same\. \d+ volatile differences ignored\.$/m);
  expect(run.stdout).toContain('Server requests: 1 answered from the recording, 0 refused');
  expect(run.stdout).toContain(`The replay was recorded to ${replayFile}`);

  const session = readSession(readFileSync(replayFile, 'utf8'));
  expect(session.header.replayOf).toBe(recorded);
  const sent = session.entries.flatMap((entry) =>
    entry.type === 'event' && entry.payload.kind === 'message' && entry.payload.direction === 'outgoing' ? [JSON.stringify(entry.payload.message)] : [],
  );
  expect(sent.filter((message) => message.includes('"tools/call"'))).toHaveLength(4);
  expect(sent.some((message) => message.includes('"The model said') || message.includes('"Yes."'))).toBe(true);
});

test('replayed against a changed build: exit 1, the renamed tool missing and the changed result by its path', async () => {
  const testInfo = test.info();
  const run = await replay(['--record', testInfo.outputPath('changed.session.jsonl'), recorded, '--', server.command, ...server.args, '--variant=changed']);
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^missing +tools\/call echo$/m);
  expect(run.stdout).toMatch(/^ +tools\/call echo no longer exists: .*echo.*not found/im);
  expect(run.stdout).toMatch(/^changed +tools\/call add$/m);
  expect(run.stdout).toContain('~ result.content[0].text: "The sum of 2 and 3 is 5." → "2 + 3 = 5"');
  expect(run.stdout).toMatch(/^changed +tools\/list$/m);
  expect(run.stdout).toMatch(/^same +tools\/call clock$/m);

  // The same replay as JSON, with the server's secret-free target and the env variant given with -e.
  const json = await replay(['--no-record', '--yes', '--json', recorded, '-e', 'REPLAY_VARIANT=changed']);
  expect(json.code).toBe(1);
  const report = JSON.parse(json.stdout) as ReplayReport;
  expect(report.requests.map((request) => [request.method, request.subject, request.verdict])).toEqual([
    ['tools/list', undefined, 'changed'],
    ['tools/call', 'echo', 'missing'],
    ['tools/call', 'add', 'changed'],
    ['tools/call', 'clock', 'same'],
    ['resources/read', 'replay://status', 'same'],
    ['tools/call', 'ask-model', 'same'],
    ['ping', undefined, 'same'],
  ]);
  expect(report.target).toMatchObject({ env: { REPLAY_VARIANT: '***' } });
  expect(report.requests[2]!.differences).toEqual([{ path: 'result.content[0].text', kind: 'changed', before: 'The sum of 2 and 3 is 5.', after: '2 + 3 = 5' }]);
  // --ignore takes the changed text out of the count.
  const ignored = await replay(['--no-record', '--yes', '--ignore', 'result.content[*].text', recorded, '-e', 'REPLAY_VARIANT=changed']);
  expect(ignored.stdout).toMatch(/^same +tools\/call add$/m);
});

test('replayed against a changed build for CI: JUnit with a failed case per request that changed, and SARIF, both exit 1', async () => {
  const junit = await replay(['--no-record', '--yes', '--format', 'junit', recorded, '-e', 'REPLAY_VARIANT=changed']);
  expect(junit.code).toBe(1);
  expect(XMLValidator.validate(junit.stdout)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(junit.stdout);
  const cases = parsed.testsuites.testsuite.testcase as { name: string; failure?: { type: string; '#text': string } }[];
  expect(cases.map((testCase) => [testCase.name, testCase.failure?.type])).toEqual([
    ['#1 tools/list', 'changed'],
    ['#2 tools/call echo', 'missing'],
    ['#3 tools/call add', 'changed'],
    ['#4 tools/call clock', undefined],
    ['#5 resources/read replay://status', undefined],
    ['#6 tools/call ask-model', undefined],
    ['#7 ping', undefined],
  ]);
  expect(cases[2]!.failure!['#text']).toContain('changed result.content[0].text: "The sum of 2 and 3 is 5." → "2 + 3 = 5"');

  const junitFile = test.info().outputPath('replay.xml');
  const sarif = await replay(['--no-record', '--yes', '--format', 'sarif', '--report', `junit=${junitFile}`, recorded, '-e', 'REPLAY_VARIANT=changed']);
  expect(sarif.code).toBe(1);
  // The same replay's JUnit, written beside the SARIF on stdout.
  const written = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(readFileSync(junitFile, 'utf8'));
  expect((written.testsuites.testsuite.testcase as unknown[]).length).toBe(7);
  const log = JSON.parse(sarif.stdout) as Sarif.Log;
  expect(sarifSchemaErrors(log)).toEqual([]);
  expect(log.runs[0]!.results!.map((result) => [result.ruleId, result.locations?.[0]?.logicalLocations?.[0]?.name])).toEqual([
    ['replay-changed', 'tools/list'],
    ['replay-missing', 'tools/call echo'],
    ['replay-changed', 'tools/call add'],
  ]);
  // The recording is outside the current folder: no file to point at unless one is named.
  expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation).toBeUndefined();
});

test('a golden session recorded against server-everything replays the same against it', async () => {
  const run = await replay(['--no-record', GOLDEN.everything, '--', process.execPath, everythingEntry, 'stdio']);
  expect(run.stdout).toMatch(/^same +tools\/call get-sum$/m);
  expect(run.code).toBe(0);
});

test('usage errors exit 2, a server that cannot start exits 3', async () => {
  const missing = await replay(['/nonexistent/session.jsonl']);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('Cannot read /nonexistent/session.jsonl');
  const noFile = await replay([]);
  expect(noFile.code).toBe(2);
  const dead = await replay(['--no-record', recorded, '--', process.execPath, '-e', 'process.exit(4)']);
  expect(dead.code).toBe(3);
  expect(dead.stdout).toMatch(/^Could not connect to /);
});

test('the UI replays the session it shows: a verdict per request and the diff of what changed', async ({ page }) => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-replay-home-'));
  const sessionsDir = path.join(home, 'chosen-sessions');
  const proxy = await startProxy(['--sessions-dir', sessionsDir, recorded], { subcommand: 'open', env: { HOME: home } });
  try {
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await page.getByRole('note', { name: 'Recorded session' }).getByRole('button', { name: 'Replay against server…' }).click();
    const view = page.getByRole('dialog', { name: 'Replay' });
    const target = view.getByLabel('Server to replay against');
    await expect(target).toHaveValue(new RegExp(`${server.args.at(-1)!.replace(/[/.]/g, '\\$&')}$`));
    await view.getByRole('button', { name: 'Replay', exact: true }).click();
    // What the file makes the proxy run is shown first and runs only once confirmed.
    const confirm = view.getByRole('alertdialog', { name: 'Run this command?' });
    await expect(confirm.getByRole('definition').first()).toHaveText(new RegExp(`${server.args.at(-1)!.replace(/[/.]/g, '\\$&')}$`));
    await confirm.getByRole('button', { name: 'Run this command' }).click();
    const requests = view.getByRole('list', { name: 'Replayed requests' }).getByRole('listitem');
    await expect(requests).toHaveCount(7);
    await expect(view.getByText('7 same')).toBeVisible();

    await target.fill(`${await target.inputValue()} --variant=changed`);
    await view.getByRole('button', { name: 'Replay', exact: true }).click();
    await confirm.getByRole('button', { name: 'Run this command' }).click();
    await expect(requests.filter({ hasText: 'tools/call echo' })).toContainText('missing');
    const add = requests.filter({ hasText: 'tools/call add' });
    await expect(add).toContainText('changed');
    // What changed is open at once; a "same" request opens on demand to show what was ignored.
    await expect(add.getByRole('table', { name: 'Differences' })).toContainText('result.content[0].text');
    await expect(add.getByRole('table', { name: 'Differences' })).toContainText('2 + 3 = 5');
    const clock = requests.filter({ hasText: 'tools/call clock' });
    await expect(clock).toContainText('same');
    await clock.getByRole('button', { name: 'tools/call clock' }).click();
    await expect(clock).toContainText('Ignored as volatile: result.content[0].text (iso-date)');
  } finally {
    await proxy.stop();
  }
  // The page's replays are recorded too, in the sessions folder the proxy was given (not the default one).
  const replays = readdirSync(sessionsDir);
  expect(replays).toHaveLength(2);
  expect(readSession(readFileSync(path.join(sessionsDir, replays[0]!), 'utf8')).header.replayOf).toBe(recorded);
  expect(existsSync(path.join(home, '.mcp-inspect'))).toBe(false);
});

test('a hostile session file: opening it runs nothing, the UI shows all it would run and Cancel runs nothing; the proxy refuses it unconfirmed', async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-hostile-'));
  const hostile = writeHostileSession(dir);
  const proxy = await startProxy(['--sessions-dir', path.join(dir, 'sessions'), hostile.file], { subcommand: 'open' });
  try {
    const inspector = new InspectorPage(page);
    await inspector.open(proxy.url);
    await page.getByRole('note', { name: 'Recorded session' }).getByRole('button', { name: 'Replay against server…' }).click();
    const view = page.getByRole('dialog', { name: 'Replay' });
    await view.getByRole('button', { name: 'Replay', exact: true }).click();
    const confirm = view.getByRole('alertdialog', { name: 'Run this command?' });
    const shown = confirm.getByRole('definition');
    await expect(shown).toHaveText([
      `${process.execPath} -e 'process.exit(0)'`,
      dir,
      /^NODE_OPTIONS=--import=data:text\/javascript,.*\(dangerous: changes which code the runtime loads\)$/,
      'GREETING=hello',
    ]);
    await expect(confirm.getByRole('alert')).toContainText('NODE_OPTIONS can make the server');
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    expect(existsSync(hostile.marker)).toBe(false);

    // A page script cannot skip the dialog: no confirmation, or another target confirmed, is refused.
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    await expect(client.replaySession({})).rejects.toThrow(/not confirmed/);
    await expect(client.replaySession({ confirmedTarget: { ...hostile.target, env: {} } })).rejects.toThrow(/not confirmed/);
    expect(existsSync(hostile.marker)).toBe(false);
    expect((await client.previewReplay({})).target).toEqual(hostile.target);
    // Confirmed exactly as shown, it runs (so the file above really was hostile).
    const report = await client.replaySession({ confirmedTarget: hostile.target, timeoutMs: 2_000 });
    expect(report.outcome).toBe('connect-failed');
    expect(existsSync(hostile.marker)).toBe(true);
    client.close();
  } finally {
    await proxy.stop();
  }
});
