// `mcp-inspect replay`: argv → replay a session against a server → print the report → exit code.
import path from 'node:path';
import { REPLAY_EXIT } from '../../shared/replay';
import { resolveLaunchConfig, resolveRecording } from '../cli/launchConfig';
import { packageInfo } from '../packageInfo';
import { confirmRecordedTarget } from './confirmRecordedTarget';
import { parseReplayArgs, type ReplayArgs } from './parseReplayArgs';
import { replayHelpText } from './replayHelpText';
import { replayText } from './replayText';
import { replayJunit, replaySarif } from '../../shared/artifacts/replayReports';
import type { ReplayReport } from '../../shared/replay';
import type { ReportFormat } from '../../shared/options/commandTables';
import { fileUnder } from '../cli/sarifArtifact';
import { writeReports } from '../cli/writeReports';
import { runReplay } from '../headless/runReplay';

const useColour = (): boolean => process.stdout.isTTY === true && !process.env.NO_COLOR;

/** Runs the replay command and returns its exit code; the report goes to stdout, problems to stderr. */
export async function replayCommand(argv: readonly string[]): Promise<number> {
  const parsed = parseReplayArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(replayHelpText());
    return REPLAY_EXIT.same;
  }
  const fail = (message: string, hint = true) => {
    process.stderr.write(`mcp-inspect replay: ${message}\n${hint ? 'Run "mcp-inspect replay --help" for usage.\n' : ''}`);
    return REPLAY_EXIT.usage;
  };
  if (parsed.kind === 'error') return fail(parsed.message);
  const { options } = parsed;
  let target;
  if (options.server.target) {
    const config = resolveLaunchConfig(options.server, process.env);
    if ('error' in config) return fail(config.error);
    target = config.target;
  }
  const cwd = options.server.cwd === undefined ? undefined : path.resolve(options.server.cwd);
  try {
    const report = await runReplay({
      file: path.resolve(options.file),
      ...(options.connectionId === undefined ? {} : { connectionId: options.connectionId }),
      ...(target === undefined ? {} : { target }),
      targetOverrides: { env: options.server.env, headers: options.server.headers, cwd },
      confirmRecordedTarget: (recorded) => confirmRecordedTarget(recorded, {
          yes: options.yes,
          stdin: process.stdin,
          stderr: process.stderr,
          given: { env: options.server.env, headers: options.server.headers },
        }),
      ignore: options.ignore,
      timeoutMs: options.timeoutMs,
      recording: resolveRecording(options.server, new Date(), process.pid),
      inspectorVersion: packageInfo().version,
      warn: (message) => process.stderr.write(`mcp-inspect replay: ${message}\n`),
    });
    const render = (format: ReportFormat) => replayReportIn(format, options, report);
    process.stdout.write(render(options.format));
    const problems = writeReports(options.reports, render);
    for (const problem of problems) process.stderr.write(`mcp-inspect replay: ${problem}\n`);
    // A report CI expects and does not find must not pass for a clean replay.
    return problems.length > 0 ? REPLAY_EXIT.usage : report.exitCode;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), false);
  }
}

/** The report in the format asked for. */
function replayReportIn(format: ReportFormat, options: ReplayArgs, report: ReplayReport): string {
  switch (format) {
    case 'text':
      return replayText(report, useColour());
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'junit':
      return replayJunit(report);
    case 'sarif': {
      const artifact = options.sarifArtifact ?? fileUnder(process.cwd(), options.file);
      return `${JSON.stringify(replaySarif(report, { toolVersion: packageInfo().version, ...(artifact === undefined ? {} : { artifact }) }), null, 2)}\n`;
    }
  }
}
