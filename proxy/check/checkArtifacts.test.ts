// check's JUnit and SARIF: golden files for a fixed run (the format), and real runs against fixture
// servers read back by their consumers (the official SARIF 2.1.0 schema, an XML parser).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { StdioTarget } from '../../shared/connectionTypes';
import type { Finding } from '../../shared/diagnosis';
import { sarifSchemaErrors } from '../../shared/artifacts/testing/sarifSchema';
import { fixtureServerCommand } from '../../e2e/fixtures/paths';
import { checkJunit } from './checkJunit';
import { DEFAULT_CHECK_POLICY, type CheckPolicy } from './checkPolicy';
import { checkSarif } from './checkSarif';
import { runCheck, type CheckRun } from './runCheck';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const golden = (name: string, actual: string) => {
  const file = path.join(import.meta.dirname, 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
};
const fixture = (name: string): StdioTarget => ({ transport: 'stdio', ...fixtureServerCommand(name), env: {}, cwd: repoRoot });
const cases = (xml: string) => {
  const document = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) }).parse(xml);
  return document.testsuites.testsuite[0].testcase as { name: string; classname: string; failure?: { type: string; message: string; '#text': string }[]; skipped?: { message: string }; 'system-out'?: string }[];
};

const finding = (ruleId: string, severity: Finding['severity'], seqs: number[], message: string): Finding => ({ ruleId, severity, connectionId: 'c1', message, specSection: 'https://modelcontextprotocol.io/specification/2025-11-25/schema', seqs });

/** A run as runCheck returns it, with fixed times: tools/list answered with a bad result, a hung call, an isError call. */
const fixedRun: CheckRun = {
  outcome: 'checked',
  server: { name: 'demo', version: '1.0.0', protocolVersion: '2025-11-25' },
  exploration: {
    requests: { 'tools/list': { sent: 1, failed: 0 }, 'tools/call': { sent: 2, failed: 1 }, ping: { sent: 1, failed: 0 } },
    sent: [
      { method: 'tools/list', durationMs: 4, requestSeq: 5, ok: true },
      { method: 'tools/call', name: 'spin', durationMs: 3000, requestSeq: 7, ok: false, error: { code: -32001, message: 'No response within 3000 ms' }, jsonRpcId: 2 },
      { method: 'tools/call', name: 'broken', durationMs: 12, requestSeq: 30, ok: true },
      { method: 'ping', durationMs: 1, requestSeq: 32, ok: true },
    ],
    listed: { tools: ['spin', 'broken', 'huge'], prompts: [], resources: [] },
    timedOut: 1,
    failures: [{ method: 'tools/call', name: 'spin', error: { code: -32001, message: 'No response within 3000 ms' }, jsonRpcId: 2, bound: 'total', hung: true, fate: { progressCount: 3, progressAfterCancellation: 0, requestSeq: 7, cancellationSeq: 28 } }],
    toolErrors: [{ name: 'broken', text: 'The database is unreachable' }],
    skippedTools: [{ name: 'huge', reason: 'check cannot build arguments from its inputSchema' }],
  },
  findings: [
    finding('result-schema', 'error', [5, 6], "The server's result for tools/list (id 1) does not match the schema: result.tools[0].inputSchema is required."),
    finding('tool-name-invalid', 'warning', [6], 'Tool name "a b" has a space.'),
    finding('stdout-not-json', 'warning', [3], 'Line 1 on stdout is not JSON: <starting>'),
  ],
  eventCount: 33,
  requestOfMessage: new Map([[5, 5], [6, 5], [7, 7], [30, 30], [31, 30], [32, 32], [33, 32]]),
};
const strict: CheckPolicy = { ...DEFAULT_CHECK_POLICY, failOn: 'warning', maxDurationMs: 1000, expectTools: ['spin', 'echo'] };

describe('check --format junit|sarif', () => {
  it('writes the golden JUnit report: one case per request, failed by its findings, hang or slowness', () => {
    golden('check.junit.xml', checkJunit(fixedRun, strict));
    const byName = new Map(cases(checkJunit(fixedRun, strict)).map((testCase) => [testCase.name, testCase]));
    expect(byName.get('tools/list')?.failure).toMatchObject([{ type: 'result-schema', message: expect.stringMatching(/^result-schema: .* \(and 1 more\)$/), '#text': expect.stringContaining('warning tool-name-invalid') }]);
    expect(byName.get('tools/call "spin"')?.failure).toMatchObject([{ type: 'request-hung', '#text': expect.stringContaining('more than --max-duration 1000 ms') }]);
    expect(byName.get('connect and initialize')?.failure?.map((failure) => failure.type)).toEqual(['stdout-not-json']);
    expect(byName.get('tools/call "huge"')?.skipped?.message).toBe('check cannot build arguments from its inputSchema');
    expect(byName.get('expect-tool echo')?.failure?.[0]?.message).toBe('tool "echo" is not listed by tools/list');
    expect(byName.get('expect-tool spin')?.failure).toBeUndefined();
  });

  it('fails a case only at --fail-on or worse: warnings are notes by default', () => {
    const byName = new Map(cases(checkJunit(fixedRun, DEFAULT_CHECK_POLICY)).map((testCase) => [testCase.name, testCase]));
    expect(byName.get('tools/list')?.failure?.map((failure) => failure.type)).toEqual(['result-schema']);
    expect(byName.get('connect and initialize')?.failure).toBeUndefined();
  });

  it('writes the golden SARIF log, valid against the SARIF 2.1.0 schema', () => {
    const log = checkSarif(fixedRun, strict, { toolVersion: '0.1.0', artifact: 'src/server.ts' });
    expect(sarifSchemaErrors(log)).toEqual([]);
    // The validator does reject: a driver must have a name, a level must be one of SARIF's.
    expect(sarifSchemaErrors({ ...log, runs: [{ ...log.runs[0], tool: { driver: {} } }] })).not.toEqual([]);
    expect(sarifSchemaErrors({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0]!.results![0], level: 'fatal' }] }] })).not.toEqual([]);
    golden('check.sarif.json', `${JSON.stringify(log, null, 2)}\n`);
    const results = log.runs[0]!.results!;
    expect(results.map((result) => result.ruleId)).toEqual(['stdout-not-json', 'result-schema', 'tool-name-invalid', 'request-hung', 'expect-tool', 'max-duration']);
    const rules = log.runs[0]!.tool.driver.rules!;
    for (const result of results) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
  });

  it('on a real server that breaks a rule: the SARIF result and the failed JUnit case are on the request that broke it', async () => {
    const run = await runCheck({ target: fixture('rules/resultSchema'), inspectorVersion: 'test', callTools: false, timeoutMs: 5_000 });
    const log = checkSarif(run, DEFAULT_CHECK_POLICY, { toolVersion: 'test' });
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [result] = log.runs[0]!.results!;
    expect(result).toMatchObject({ ruleId: 'result-schema', level: 'error', locations: [{ logicalLocations: [{ name: 'tools/list' }] }] });
    const xml = checkJunit(run, DEFAULT_CHECK_POLICY);
    expect(XMLValidator.validate(xml)).toBe(true);
    const failed = cases(xml).filter((testCase) => testCase.failure);
    expect(failed.map((testCase) => [testCase.name, testCase.failure![0]!.type])).toEqual([['tools/list', 'result-schema']]);
  }, 20_000);

  it('on a correct server with every tool called: valid SARIF with no result, and no failed case', async () => {
    const run = await runCheck({ target: fixture('faultyAnswersServer'), inspectorVersion: 'test', callTools: true, timeoutMs: 5_000 });
    const log = checkSarif(run, DEFAULT_CHECK_POLICY, { toolVersion: 'test' });
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
    const all = cases(checkJunit(run, DEFAULT_CHECK_POLICY));
    expect(all.filter((testCase) => testCase.failure)).toEqual([]);
    expect(all.map((testCase) => testCase.name)).toEqual(expect.arrayContaining(['tools/call "broken"', 'tools/call "fine"', 'prompts/get "greet"']));
    // A request that failed without failing the run says why in its output.
    expect(all.find((testCase) => testCase.name === 'prompts/get "greet"')).toMatchObject({ 'system-out': 'error -32602: MCP error -32602: greet: arguments is required' });
  }, 20_000);
});
