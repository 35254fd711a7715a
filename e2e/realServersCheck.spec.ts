// The corpus gate, headless: `mcp-inspect check` with default options, and `check --call-tools`, on
// every real server of e2e/corpus. A correct server gets no finding; a real server's own spec
// violation is asserted exactly, with its rule (see corpusServers.ts).
import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type * as Sarif from 'sarif';
import { sarifSchemaErrors } from '../shared/artifacts/testing/sarifSchema';
import { corpusServers, requireCorpusInstalled, type CorpusServer } from './corpus/corpusServers';
import { runCheck, type CheckJson } from './fixtures/checkCli';

test.describe.configure({ timeout: 90_000 });

test.beforeAll(requireCorpusInstalled);

/** Runs check on a freshly started server; a readable list of findings makes a false positive obvious. */
async function checkServer(server: CorpusServer, flags: string[]): Promise<{ code: number | null; report: CheckJson; findings: string[] }> {
  const started = await server.start();
  try {
    const { code, stdout, stderr } = await runCheck(['--json', ...flags, ...started.checkArgs]);
    const report = JSON.parse(stdout || 'null') as CheckJson | null;
    if (!report) throw new Error(`check printed no report (exit ${code}):\n${stderr}`);
    return { code, report, findings: report.findings.map((finding) => `${finding.ruleId}: ${finding.message}`) };
  } finally {
    await started.stop();
  }
}

for (const server of corpusServers) {
  test.describe(server.title, () => {
    test('check with default options finds nothing', async () => {
      const { code, report, findings } = await checkServer(server, []);
      expect(report.outcome).toBe('checked');
      expect(report.server).toEqual({ name: server.serverName, version: server.serverVersion, protocolVersion: server.protocolVersion });
      expect(findings, findings.join('\n')).toEqual([]);
      expect(report.requests?.['tools/list']?.sent).toBeGreaterThanOrEqual(1);
      expect(code).toBe(0);
    });

    test('check --format sarif and junit: valid SARIF 2.1.0 with no result, and a passed test case per request', async () => {
      for (const format of ['sarif', 'junit'] as const) {
        const started = await server.start();
        try {
          const { code, stdout, stderr } = await runCheck(['--format', format, ...started.checkArgs]);
          expect(code, stderr).toBe(0);
          if (format === 'sarif') {
            const log = JSON.parse(stdout) as Sarif.Log;
            expect(sarifSchemaErrors(log)).toEqual([]);
            expect(log.runs[0]!.results).toEqual([]);
          } else {
            expect(XMLValidator.validate(stdout)).toBe(true);
            const suite = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(stdout).testsuites.testsuite;
            const cases = suite.testcase as { name: string; failure?: unknown }[];
            expect(cases.filter((testCase) => testCase.failure)).toEqual([]);
            expect(cases.map((testCase) => testCase.name)).toEqual(expect.arrayContaining(['connect and initialize', 'tools/list']));
          }
        } finally {
          await started.stop();
        }
      }
    });

    const expected = server.callToolsFindings;
    if (expected === undefined) return;
    const title = expected.length ? `raises exactly ${expected.map((finding) => finding.ruleId).join(', ')}` : 'finds nothing';
    test(`check --call-tools ${title}`, async () => {
      const { code, report, findings } = await checkServer(server, ['--call-tools']);
      expect(report.outcome).toBe('checked');
      expect(report.findings.map((finding) => finding.ruleId), findings.join('\n')).toEqual(expected.map((finding) => finding.ruleId));
      expected.forEach((finding, index) => expect(report.findings[index]?.message).toMatch(finding.message));
      expect(report.requests?.['tools/call']?.sent).toBeGreaterThanOrEqual(server.tools.length);
      expect(code).toBe(report.counts.error > 0 ? 1 : 0);
    });
  });
}
