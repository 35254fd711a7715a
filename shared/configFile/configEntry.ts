// A connection target → the config file entry that starts the same server, in either shape, so a
// connection tried out in mcp-inspect can be pasted into Claude Desktop, Cursor or VS Code.
import type { ConnectionTarget } from '../connectionTypes';
import type { ConfigShape } from './parseConfigFile';

/** The entry of one server, without the surrounding file object. */
export function configEntryOf(target: ConnectionTarget, shape: ConfigShape): Record<string, unknown> {
  if (target.transport === 'stdio') {
    return {
      ...(shape === 'vscode' ? { type: 'stdio' } : {}),
      command: target.command,
      args: target.args,
      ...(Object.keys(target.env).length > 0 ? { env: target.env } : {}),
      ...(target.cwd ? { cwd: target.cwd } : {}),
    };
  }
  // VS Code needs a type; `auto` is written as http, which VS Code (like mcp-inspect) falls back from to SSE.
  const type = target.transport === 'sse' ? 'sse' : target.transport === 'streamable-http' || shape === 'vscode' ? 'http' : undefined;
  return { ...(type ? { type } : {}), url: target.url, ...(Object.keys(target.headers).length > 0 ? { headers: target.headers } : {}) };
}

/** A whole config file holding this one server under `name`, as pretty JSON. */
export function configFileTextFor(target: ConnectionTarget, shape: ConfigShape, name: string): string {
  const key = shape === 'mcpServers' ? 'mcpServers' : 'servers';
  return JSON.stringify({ [key]: { [name]: configEntryOf(target, shape) } }, null, 2);
}

/** A config key for a server: its name from the handshake, else its command or host, as lower-case words. */
export function configServerName(target: ConnectionTarget, serverName?: string): string {
  const source = serverName ?? (target.transport === 'stdio' ? (target.command.split(/[\\/]/).pop() ?? 'server') : hostOf(target.url));
  return source.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'server';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'server';
  }
}
