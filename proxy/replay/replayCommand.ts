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
import { fileUnder } from '../cli/sarifArtifact';
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
    process.stdout.write(replayReportIn(options, report));
    return report.exitCode;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), false);
  }
}

/** The report in the format asked for. */
function replayReportIn(options: ReplayArgs, report: ReplayReport): string {
  switch (options.format) {
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
