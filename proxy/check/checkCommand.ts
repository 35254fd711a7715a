// `mcp-inspect check`: argv → check a server → print the report → exit code (see CHECK_EXIT).
import { resolveLaunchConfig } from '../cli/launchConfig';
import { packageInfo } from '../packageInfo';
import type { ReportFormat } from '../../shared/options/commandTables';
import { checkSarifArtifact } from '../cli/sarifArtifact';
import { writeReports } from '../cli/writeReports';
import { checkJunit } from './checkJunit';
import { CHECK_EXIT, checkExitCode, checkJson, checkText } from './checkReport';
import { checkSarif } from './checkSarif';
import { checkHelpText } from './checkHelpText';
import { parseCheckArgs, type CheckOptions } from './parseCheckArgs';
import { runCheck, type CheckRun } from './runCheck';

/** After the report, how long anything still open may keep the process alive. */
const EXIT_GRACE_MS = 2_000;

/** Runs the check command and returns its exit code; prints to stdout (report) and stderr (usage). */
export async function checkCommand(argv: readonly string[]): Promise<number> {
  const parsed = parseCheckArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(checkHelpText());
    return CHECK_EXIT.clean;
  }
  const usage = (message: string) => {
    process.stderr.write(`mcp-inspect check: ${message}\nRun "mcp-inspect check --help" for usage.\n`);
    return CHECK_EXIT.usage;
  };
  if (parsed.kind === 'error') return usage(parsed.message);
  const { options } = parsed;
  const config = resolveLaunchConfig(options.server, process.env);
  if ('error' in config) return usage(config.error);
  const run = await runCheck({ target: config.target, inspectorVersion: packageInfo().version, callTools: options.callTools, timeoutMs: options.timeoutMs, ...(config.era === undefined ? {} : { era: config.era }) });
  const { policy } = options;
  const render = (format: ReportFormat) => checkReport(format, run, options);
  process.stdout.write(render(options.format));
  const problems = writeReports(options.reports, render);
  for (const problem of problems) process.stderr.write(`mcp-inspect check: ${problem}\n`);
  // A report CI expects and does not find must not pass for a clean run.
  const code = problems.length > 0 ? CHECK_EXIT.usage : checkExitCode(run, policy);
  // The report is out: a connection that will not close (an HTTP server that never answers) must not
  // keep a CI job waiting. The timer is unref'd, so a process that ends on its own ends sooner.
  setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
  return code;
}

/** The report in the format asked for. */
function checkReport(format: ReportFormat, run: CheckRun, options: CheckOptions): string {
  const { policy } = options;
  switch (format) {
    case 'text':
      return checkText(run, policy);
    case 'json':
      return `${JSON.stringify(checkJson(run, policy), null, 2)}\n`;
    case 'junit':
      return checkJunit(run, policy);
    case 'sarif': {
      const artifact = checkSarifArtifact(options.sarifArtifact, options.server, process.cwd());
      return `${JSON.stringify(checkSarif(run, policy, { toolVersion: packageInfo().version, ...(artifact === undefined ? {} : { artifact }) }), null, 2)}\n`;
    }
  }
}
