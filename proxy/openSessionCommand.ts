// `mcp-inspect open FILE`: reads a recorded session, then serves the UI on it, read-only. The file
// is read before listening, so a file that cannot be opened fails at once with a clear message.
import path from 'node:path';
import { helpText } from './cli/helpText';
import { DEFAULT_PORT_ATTEMPTS, resolveToken } from './cli/launchConfig';
import { openBrowser } from './cli/openBrowser';
import { parseOpenArgs } from './cli/parseOpenArgs';
import { READY_PREFIX } from './cli/startupMessages';
import { PortUnavailableError } from './http/listenOnLoopback';
import { installShutdownHandlers } from './lifecycle';
import { listenForInspector } from './server';

export interface CommandOutput {
  version: string;
  say(message: string): void;
  warn(message: string): void;
  usageError(message: string): void;
}

export async function runOpenCommand(argv: readonly string[], { version, say, warn, usageError }: CommandOutput): Promise<void> {
  const parsed = parseOpenArgs(argv);
  if (parsed.kind === 'help') return say(helpText(version).trimEnd());
  if (parsed.kind === 'error') return usageError(parsed.message);
  const { options } = parsed;
  const token = resolveToken(options.token, process.env);
  if (typeof token !== 'string') return usageError(token.error);

  const file = path.resolve(options.file);
  // The reader pulls in zod and the schemas: loaded only for this command.
  const { readSessionFile } = await import('./sessions/loadRecordedSession');
  let session;
  try {
    session = readSessionFile(file);
  } catch (error) {
    warn(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
    return;
  }
  for (const problem of session.info.problems) warn(`${file}: ${problem.message}`);
  // Only the first few are listed: a file with 100,000 damaged lines must not flood the terminal.
  const unlisted = session.info.damagedLines - session.info.problems.length;
  if (unlisted > 0) warn(`${file}: …and ${unlisted} more damaged line${unlisted === 1 ? '' : 's'}, skipped.`);

  let server;
  try {
    server = await listenForInspector({
      port: options.port,
      tryNextPorts: options.portExplicit ? 0 : DEFAULT_PORT_ATTEMPTS,
      token,
      session,
      // The file is not recorded again; replays started from the page are, as a run is.
      recordReplays: options.record,
      ...(options.sessionsDir === undefined ? {} : { sessionsDir: path.resolve(options.sessionsDir) }),
    });
  } catch (error) {
    warn(error instanceof PortUnavailableError ? error.message : `Could not start: ${String(error)}`);
    process.exitCode = 1;
    return;
  }
  installShutdownHandlers({ close: server.close, killNow: server.killAllNow }, say);
  const count = session.connections.length;
  say(`mcp-inspect ${version}: showing the session recorded ${session.info.createdAt} in ${file} (${count} connection${count === 1 ? '' : 's'}, read-only)`);
  say(`${READY_PREFIX}${server.url}`);
  say(options.open ? 'Opening it in your browser. Press Ctrl+C to stop.' : 'Open that URL in your browser (it carries the access token). Press Ctrl+C to stop.');
  if (options.open) await openBrowser(server.url, warn);
}
