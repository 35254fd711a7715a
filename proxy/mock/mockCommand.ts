// `mcp-inspect mock`: argv → read a session → serve one recorded connection as an MCP server over
// stdio or Streamable HTTP → exit code. Stdout belongs to the protocol (stdio) or to the URL (HTTP);
// everything else goes to stderr.
import path from 'node:path';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import { pickMockedConnection, type MockRecording } from '../../shared/mock';
import { readSessionFile } from '../sessions/loadRecordedSession';
import { answerOverTransport } from './answerOverTransport';
import { listenMockHttp } from './mockHttpServer';
import { mockHelpText } from './mockHelpText';
import { parseMockArgs, type MockArgs } from './parseMockArgs';

/** The mock's exit codes (documented in its help). */
export const MOCK_EXIT = { ok: 0, cannotServe: 1, usage: 2 } as const;

const warn = (message: string): void => void process.stderr.write(`mcp-inspect mock: ${message}\n`);

function describeServer(recording: MockRecording): string {
  const result = recording.initializeResult;
  const info = (result?.serverInfo ?? {}) as { name?: unknown; version?: unknown };
  const name = [info.name, info.version].filter((part) => typeof part === 'string').join(' ') || 'a server';
  return typeof result?.protocolVersion === 'string' ? `${name}, protocol ${result.protocolVersion}` : name;
}

/** Reads the file and picks the connection; throws with a sentence when it cannot be served. */
function loadRecording(options: MockArgs): MockRecording {
  const file = path.resolve(options.file);
  const session = readSessionFile(file);
  for (const problem of session.info.problems) warn(`${file}: ${problem.message}`);
  const unlisted = session.info.damagedLines - session.info.problems.length;
  if (unlisted > 0) warn(`${file}: ${unlisted} more damaged lines skipped`);
  return pickMockedConnection(session.connections, options.connectionId);
}

async function serveHttp(options: MockArgs & { listen: NonNullable<MockArgs['listen']> }, recording: MockRecording, source: string): Promise<number> {
  let server;
  try {
    server = await listenMockHttp(options.listen, recording, warn);
  } catch (error) {
    warn(`cannot listen on ${options.listen.host}:${options.listen.port}: ${error instanceof Error ? error.message : String(error)}`);
    return MOCK_EXIT.cannotServe;
  }
  process.stdout.write(`${server.url}\n`);
  warn(`serving ${source} at ${server.url} until stopped (Ctrl+C)`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return MOCK_EXIT.ok;
}

/** Runs the mock command and returns its exit code once the client is gone (stdio) or it is stopped (HTTP). */
export async function mockCommand(argv: readonly string[]): Promise<number> {
  const parsed = parseMockArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(mockHelpText());
    return MOCK_EXIT.ok;
  }
  if (parsed.kind === 'error') {
    warn(parsed.message);
    process.stderr.write('Run "mcp-inspect mock --help" for usage.\n');
    return MOCK_EXIT.usage;
  }
  const { options } = parsed;
  let recording: MockRecording;
  try {
    recording = loadRecording(options);
  } catch (error) {
    warn(error instanceof Error ? error.message : String(error));
    return MOCK_EXIT.cannotServe;
  }
  const source = `connection ${recording.connectionId} of ${options.file} (${describeServer(recording)})`;
  if (options.listen) return serveHttp({ ...options, listen: options.listen }, recording, source);
  warn(`serving ${source} on stdio`);
  await answerOverTransport(new StdioServerTransport(), recording, warn);
  return MOCK_EXIT.ok;
}
