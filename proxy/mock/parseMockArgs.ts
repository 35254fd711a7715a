// argv of `mcp-inspect mock` → which session to serve and how, read through the mock's option table.
import { MOCK_COMMAND } from '../../shared/options/commandTables';
import { parseLoopbackAddress, type LoopbackAddress } from '../../shared/options/loopbackAddress';
import { parseCommandLine } from '../../shared/options/optionTable';

export interface MockArgs {
  file: string;
  connectionId: string | undefined;
  /** Serve over Streamable HTTP here; undefined: over stdio. */
  listen: LoopbackAddress | undefined;
}

export type ParsedMockArgs = { kind: 'help' } | { kind: 'run'; options: MockArgs } | { kind: 'error'; message: string };

export function parseMockArgs(argv: readonly string[]): ParsedMockArgs {
  const parsed = parseCommandLine(MOCK_COMMAND, argv, { positionals: 1 });
  if ('error' in parsed) return { kind: 'error', message: parsed.error };
  const { values } = parsed;
  if (values.help) return { kind: 'help' };
  const [file, ...extra] = [...parsed.positionals, ...parsed.rest];
  if (file === undefined) return { kind: 'error', message: 'mock needs a session file: mcp-inspect mock FILE [--url-listen 127.0.0.1:PORT]' };
  if (extra.length > 0) return { kind: 'error', message: `mock serves one session file and runs no command (unexpected: ${extra.join(' ')})` };
  const urlListen = values['url-listen'] as string | undefined;
  // The table already checked the address; read it again for its parts.
  const listen = urlListen === undefined ? undefined : (parseLoopbackAddress(urlListen) as LoopbackAddress);
  return { kind: 'run', options: { file, connectionId: values.connection as string | undefined, listen } };
}
