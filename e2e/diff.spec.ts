// `mcp-inspect diff` end to end with the built CLI: a session recorded through the real proxy against a
// fixture server, compared with itself (exit 0), with the same server live (exit 0), and with its
// changed build live, which renamed a tool (exit 1: the old name removed, breaking; the new one added).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { everythingEntry, fixtureServerCommand } from './fixtures/paths';
import { runBuiltCli } from './fixtures/checkCli';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { startProxy } from './fixtures/proxyProcess';

const server = fixtureServerCommand('replayTargetServer');

const diff = (args: string[]) => runBuiltCli('diff', args);

let recorded: string;

test.beforeAll(async () => {
  recorded = path.join(mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-diff-')), 'recorded.session.jsonl');
  const proxy = await startProxy(['--record', recorded, '--', server.command, ...server.args]);
  try {
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    const [connectionId] = [...client.connections.keys()];
    await client.waitForState(connectionId!, ['connected']);
    await client.request({ connectionId: connectionId!, method: 'tools/list' });
    await client.request({ connectionId: connectionId!, method: 'resources/list' });
    client.close();
  } finally {
    await proxy.stop();
  }
});

test('a recording against itself and against the same server live: no drift, exit 0', async () => {
  const itself = await diff([recorded, recorded]);
  expect(itself.stdout).toContain('No drift');
  expect(itself.code).toBe(0);
  const live = await diff([recorded, '--', server.command, ...server.args]);
  expect(live.stdout).toContain('Interface of replay-target-fixture 1.0.0');
  expect(live.stdout).toContain('No drift');
  expect(live.code).toBe(0);
});

test('against the changed build: the renamed tool is a breaking removal, exit 1; JSON and JUnit say the same', async () => {
  const changed = await diff([recorded, '--', server.command, ...server.args, '--variant=changed']);
  expect(changed.code).toBe(1);
  expect(changed.stdout).toMatch(/^breaking +removed tool echo$/m);
  expect(changed.stdout).toMatch(/^compatible added +tool echo-v2$/m);

  const json = await diff(['--json', recorded, '-e', 'REPLAY_VARIANT=changed', '--', server.command, ...server.args]);
  expect(json.code).toBe(1);
  const report = JSON.parse(json.stdout) as { exitCode: number; drift: { kind: string; key: string; change: string; breaking: boolean }[] };
  expect(report.drift.map(({ kind, key, change, breaking }) => [kind, key, change, breaking])).toEqual([
    ['tool', 'echo', 'removed', true],
    ['tool', 'echo-v2', 'added', false],
  ]);

  const junit = await diff(['--format', 'junit', '--fail-on', 'any', recorded, '--', server.command, ...server.args, '--variant=changed']);
  expect(junit.code).toBe(1);
  expect(XMLValidator.validate(junit.stdout)).toBe(true);
  const cases = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(junit.stdout).testsuites.testsuite.testcase as { name: string; failure?: { type: string } }[];
  expect(cases.filter((testCase) => testCase.failure).map((testCase) => [testCase.name, testCase.failure!.type])).toEqual([
    ['tool echo', 'removed'],
    ['tool echo-v2', 'added'],
  ]);
  expect(cases.map((testCase) => testCase.name)).toContain('tool add');
});

test('a recording of another server: every tool it lacks is removed; a missing side or an unreadable file exits 2', async () => {
  const other = await diff([recorded, '--', process.execPath, everythingEntry, 'stdio']);
  expect(other.stdout).toMatch(/^breaking +removed tool add$/m);
  expect(other.code).toBe(1);
  const usage = await diff([recorded]);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain('diff needs two sides');
  const missing = await diff([path.join(os.tmpdir(), 'no-such.session.jsonl'), recorded]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('Cannot read');
});
