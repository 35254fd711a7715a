#!/usr/bin/env node
// The mcp-inspect command: argv → validated config → start the server → print the URL → open the
// browser (unless --no-open). Exit codes: 0 ok, 1 could not start, 2 usage error. `mcp-inspect check`
// (proxy/check), `replay`, `export`, `mock`, `diff`, `tap` and `mcp-inspect --cli` (proxy/cliMode) are their own commands, with their own exit codes.
import { helpText } from './cli/helpText';
import { announceInstance } from './cli/inspectorInstances';
import { reportLaunchFailure } from './cli/launchFailure';
import { resolveLaunchConfig } from './cli/launchConfig';
import { openBrowser } from './cli/openBrowser';
import { parseArgs } from './cli/parseArgs';
import { cliModeArgv } from './cliMode/parseCliModeArgs';
import { startupMessages } from './cli/startupMessages';
import { PortUnavailableError } from './http/listenOnLoopback';
import { installShutdownHandlers } from './lifecycle';
import { packageInfo } from './packageInfo';
import { runOpenCommand } from './openSessionCommand';
import { listenForInspector } from './server';

const say = (message: string): void => {
  process.stdout.write(`${message}\n`);
};
const warn = (message: string): void => {
  process.stderr.write(`mcp-inspect: ${message}\n`);
};

function usageError(message: string): void {
  warn(message);
  process.stderr.write('Run "mcp-inspect --help" for usage.\n');
  process.exitCode = 2;
}

/** The headless subcommands: each loaded only when named, each returns its exit code. */
const SUBCOMMANDS: Record<string, () => Promise<(argv: readonly string[]) => Promise<number>>> = {
  check: async () => (await import('./check/checkCommand')).checkCommand,
  replay: async () => (await import('./replay/replayCommand')).replayCommand,
  export: async () => (await import('./export/exportCommand')).exportCommand,
  diff: async () => (await import('./diff/diffCommand')).diffCommand,
  mock: async () => (await import('./mock/mockCommand')).mockCommand,
  // The tap starts an inspector UI when none runs on its port: the composition root hands it the way to.
  tap: async () => {
    const { tapCommand } = await import('./tap/tapCommand');
    return (argv) => tapCommand(argv, listenForInspector);
  },
};

async function main(argv: readonly string[]): Promise<void> {
  const subcommand = argv[0] === undefined || !Object.hasOwn(SUBCOMMANDS, argv[0]) ? undefined : SUBCOMMANDS[argv[0]];
  if (subcommand) {
    process.exitCode = await (await subcommand())(argv.slice(1));
    return;
  }
  const { version } = packageInfo();
  const cliArgv = cliModeArgv(argv);
  if (cliArgv) {
    const { cliModeCommand } = await import('./cliMode/cliModeCommand');
    process.exitCode = await cliModeCommand(cliArgv, () => helpText(version));
    return;
  }
  if (argv[0] === 'open') return runOpenCommand(argv.slice(1), { version, say, warn, usageError });
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') return say(helpText(version).trimEnd());
  if (parsed.kind === 'version') return say(version);
  if (parsed.kind === 'error') return usageError(parsed.message);
  const config = resolveLaunchConfig(parsed.options, process.env);
  if ('error' in config) return usageError(config.error);

  let server;
  try {
    server = await listenForInspector({
      port: config.port,
      tryNextPorts: config.tryNextPorts,
      token: config.token,
      target: config.target,
      isDemo: config.isDemo,
      recording: config.recording,
      sessionsDir: config.sessionsDir,
      ...(config.era === undefined ? {} : { era: config.era }),
      ...(config.faults === undefined ? {} : { faults: config.faults }),
      ...(config.oauthTokenFile === undefined ? {} : { oauthTokenFile: config.oauthTokenFile }),
    });
  } catch (error) {
    warn(error instanceof PortUnavailableError ? error.message : `Could not start: ${String(error)}`);
    process.exitCode = 1;
    return;
  }
  // So that `mcp-inspect tap`, started by a host without the token, can join this UI.
  const withdraw = announceInstance({ port: server.port, token: server.token, pid: process.pid });
  process.on('exit', withdraw);
  installShutdownHandlers({ close: server.close, killNow: server.killAllNow }, say);
  for (const line of startupMessages(config, version, server)) say(line);
  if (config.target) void server.core.then(({ inspector }) => reportLaunchFailure(inspector, (lines) => warn(lines.join('\n'))));
  if (config.open) await openBrowser(server.url, warn);
}

// Output to a closed pipe or terminal (`mcp-inspect … | head`, a log collector gone) fails with EPIPE.
// Unheard, each failure was an uncaught error, reported on stderr, which failed again: a loop that kept
// a core busy for as long as the proxy ran. What cannot be written is dropped; the proxy goes on.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});
// Last resort only: every boundary handles its own errors; this keeps a bug from silently killing
// the proxy (and with it the user's session) and says where it came from.
process.on('uncaughtException', (error) => warn(`internal error (please report it): ${error.stack ?? String(error)}`));
process.on('unhandledRejection', (reason) => warn(`internal error (please report it): ${String(reason)}`));

// Not awaited at the top level: the launcher is a CommonJS bundle (see proxy/build.mjs).
main(process.argv.slice(2)).catch((error: unknown) => {
  warn(`internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
