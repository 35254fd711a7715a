// `mcp-inspect check` end to end, no browser: the built CLI against one fixture server per rule (each
// must raise its rule and nothing else) and against server-everything over every transport (nothing).
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type * as Sarif from 'sarif';
import { sarifSchemaErrors } from '../shared/artifacts/testing/sarifSchema';
import { diagnosisRuleDescriptors } from '../shared/diagnosis';
import { appServerEntry } from './fixtures/appServers';
import { startEverythingServer } from './fixtures/everythingServer';
import { runCheck, type CheckJson } from './fixtures/checkCli';
import { everythingEntry, fixtureServerArgv, repoRoot } from './fixtures/paths';
import { ruleFixtures, rulesProvenInBrowser, rulesProvenUnderFaults } from './servers/rules/ruleFixtures';

const ruleServer = (name: string) => fixtureServerArgv(`rules/${name}`);

test.describe('mcp-inspect check', () => {
  test('has a fixture server for every rule the diagnosis runs (or a spec that provokes it with a fault, or in the browser)', () => {
    const elsewhere = { ...rulesProvenUnderFaults, ...rulesProvenInBrowser };
    const proven = [...ruleFixtures.map((fixture) => fixture.ruleId), ...Object.keys(elsewhere)];
    expect(proven.sort()).toEqual(diagnosisRuleDescriptors.map((rule) => rule.id).sort());
    for (const [ruleId, where] of Object.entries(elsewhere)) expect(readFileSync(path.join(repoRoot, where.split(' ')[0]!), 'utf8')).toContain(ruleId);
  });

  for (const fixture of ruleFixtures) {
    test(`raises ${fixture.ruleId} and nothing else on its fixture server`, async () => {
      const { code, stdout } = await runCheck(['--json', ...fixture.checkFlags, '--', ...ruleServer(fixture.server)]);
      const report = JSON.parse(stdout) as CheckJson;
      expect(report.findings.length).toBeGreaterThan(0);
      expect(new Set(report.findings.map((finding) => finding.ruleId))).toEqual(new Set([fixture.ruleId]));
      expect(report.findings[0]?.seqs.length).toBeGreaterThan(0);
      // Extension rules cite their extension's spec (MCP Apps: ext-apps), the others the MCP spec.
      const spec = fixture.ruleId.startsWith('app-') ? /^https:\/\/github\.com\/modelcontextprotocol\/ext-apps\/blob\/main\/specification\// : /^https:\/\/modelcontextprotocol\.io\/specification\//;
      expect(report.findings[0]?.specSection).toMatch(spec);
      expect(report.exitCode).toBe(fixture.exitCode);
      expect(code).toBe(fixture.exitCode);
    });
  }

  test('for CI: SARIF valid against the 2.1.0 schema and JUnit, on a server that breaks a rule; assertions fail the run', async () => {
    const sarif = await runCheck(['--format', 'sarif', '--', ...ruleServer('resultSchema')]);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout) as Sarif.Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [run] = log.runs;
    expect(run!.tool.driver.rules!.map((rule) => rule.id)).toEqual(expect.arrayContaining(diagnosisRuleDescriptors.map((rule) => rule.id)));
    expect(run!.results).toHaveLength(1);
    expect(run!.results![0]).toMatchObject({ ruleId: 'result-schema', level: 'error', locations: [{ logicalLocations: [{ name: 'tools/list' }] }] });
    // The server's entry file, under the current folder, is the file code scanning shows the result on.
    const entry = ruleServer('resultSchema').find((word) => word.includes('resultSchema'))!;
    expect(run!.results![0]!.locations![0]!.physicalLocation?.artifactLocation?.uri).toBe(path.relative(process.cwd(), entry).split(path.sep).join('/'));

    // One run: the text on stdout, JUnit and SARIF written to files as well.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-check-reports-'));
    const both = await runCheck(['--report', `junit=${dir}/check.xml`, '--report', `sarif=${dir}/check.sarif`, '--expect-tool', 'no-such-tool', '--', ...ruleServer('resultSchema')]);
    expect(both.code).toBe(1);
    expect(both.stdout).toContain('Assertions: 0 passed, 1 failed');
    expect(sarifSchemaErrors(JSON.parse(readFileSync(`${dir}/check.sarif`, 'utf8')))).toEqual([]);
    const junit = readFileSync(`${dir}/check.xml`, 'utf8');
    expect(XMLValidator.validate(junit)).toBe(true);
    const cases = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(junit).testsuites.testsuite.testcase as { name: string; failure?: { type: string } }[];
    expect(cases.filter((testCase) => testCase.failure).map((testCase) => [testCase.name, testCase.failure!.type])).toEqual([
      ['tools/list', 'result-schema'],
      ['expect-tool no-such-tool', 'expect-tool'],
    ]);

    // A report that cannot be written fails the run, however clean the server.
    const unwritable = await runCheck(['--report', `sarif=${dir}/no/such/folder/check.sarif`, '--', process.execPath, everythingEntry, 'stdio']);
    expect(unwritable.stderr).toContain('cannot write the sarif report to');
    expect(unwritable.code).toBe(2);

    // A clean server passes its assertions, and fails the one it cannot meet.
    const clean = await runCheck(['--expect-tool', 'echo', '--expect-prompt', 'simple-prompt', '--expect-resource', 'demo://resource/static/document/architecture.md', '--', process.execPath, everythingEntry, 'stdio']);
    expect(clean.stdout).toContain('Assertions: 3 passed, 0 failed');
    expect(clean.code).toBe(0);
    const slow = await runCheck(['--json', '--max-duration', '1', '--fail-on', 'warning', '--', process.execPath, everythingEntry, 'stdio']);
    const report = JSON.parse(slow.stdout) as CheckJson & { assertions?: { kind: string; passed: boolean }[] };
    expect(report.assertions?.some((assertion) => assertion.kind === 'max-duration' && !assertion.passed)).toBe(true);
    expect(slow.code).toBe(1);
  });

  test('prints a readable report grouped by severity, with message numbers and spec links', async () => {
    const { code, stdout } = await runCheck(ruleServer('resultSchema'));
    expect(code).toBe(1);
    expect(stdout).toContain('Checked rule-result-schema 1.0.0 (protocol 2025-11-25)');
    expect(stdout).toMatch(/Errors \(1\)\n {2}result-schema \(messages? [\d, ]+\)\n {4}The server's result for tools\/list/);
    expect(stdout).toContain('https://modelcontextprotocol.io/specification/2025-11-25/schema');
    expect(stdout).toContain('1 error, 0 warnings, 0 info.');
  });

  test('finds nothing in server-everything over stdio, with every tool called', async () => {
    test.setTimeout(90_000);
    const { code, stdout } = await runCheck(['--json', '--call-tools', '--', process.execPath, everythingEntry, 'stdio']);
    const report = JSON.parse(stdout) as CheckJson;
    expect(report.findings).toEqual([]);
    expect(report.requests?.['tools/call']?.sent).toBeGreaterThanOrEqual(12);
    expect(report.requests?.['resources/read']?.sent).toBeGreaterThanOrEqual(7);
    expect(code).toBe(0);
  });

  test('calls the tools a host offers the model, not an MCP App\'s private one, and says why (server-system-monitor)', async () => {
    const { code, stdout } = await runCheck(['--json', '--call-tools', '--', process.execPath, appServerEntry('server-system-monitor'), '--stdio']);
    const report = JSON.parse(stdout) as CheckJson;
    expect(report.findings).toEqual([]);
    expect(report.requests?.['tools/call']).toEqual({ sent: 1, failed: 0 });
    expect(report.skippedTools).toEqual([{ name: 'poll-system-stats', reason: 'its _meta.ui.visibility ["app"] leaves out "model": only the server\'s own app calls it, with arguments from its own state' }]);
    expect(code).toBe(0);
  });

  for (const mode of ['streamableHttp', 'sse'] as const) {
    test(`finds nothing in server-everything over ${mode}`, async () => {
      const server = await startEverythingServer(mode);
      try {
        const { code, stdout } = await runCheck(['--json', '--url', server.url, ...(mode === 'sse' ? ['--transport', 'sse'] : [])]);
        const report = JSON.parse(stdout) as CheckJson;
        expect(report.outcome).toBe('checked');
        expect(report.findings).toEqual([]);
        expect(report.requests?.['tools/list']?.sent).toBe(1);
        expect(code).toBe(0);
      } finally {
        await server.stop();
      }
    });
  }

  test('exits 3 with the reason when it cannot connect, and 2 on usage errors', async () => {
    const missing = await runCheck([process.execPath, path.join(repoRoot, 'e2e/servers/rules/no-such-server.js')]);
    expect(missing.code).toBe(3);
    expect(missing.stdout).toContain('Could not connect');
    const usage = await runCheck(['--port', '1234', 'node', 'server.js']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--port does not apply to check');
    const nothing = await runCheck([]);
    expect(nothing.code).toBe(2);
  });
});
