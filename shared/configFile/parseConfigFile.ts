// MCP client config files → connection targets. Two shapes are in use:
// - `mcpServers` (Claude Desktop, Cursor, Windsurf, Claude Code's .mcp.json …): per server either
//   `command`/`args`/`env`/`cwd` (stdio) or `url`/`headers` with an optional `type` (remote);
// - VS Code's `servers` (.vscode/mcp.json, settings' `mcp`): `type: stdio | http | sse`, the same
//   fields, plus `inputs` whose values VS Code asks the person for (`${input:id}`).
// Pure: the file's text and the environment come in, targets or a precise error go out.
import type { ConnectionTarget, RemoteTransport } from '../connectionTypes';
import { jsonErrorOffset } from './jsonErrorOffset';

/** Which of the two shapes a file has. */
export type ConfigShape = 'mcpServers' | 'vscode';

/**
 * One server of a config file: ready to connect to, or what is wrong with its entry (kept per server,
 * so one entry's unset variable does not stop the others from being used).
 */
export type ConfigServer = { name: string; target: ConnectionTarget } | { name: string; error: string };

export type ConfigFileResult = { ok: true; shape: ConfigShape; servers: ConfigServer[] } | { ok: false; error: string };

/**
 * VS Code asks the person for an `${input:id}` value; nobody is there to ask, so it is read from the
 * environment variable `MCP_INPUT_<ID>` (the id upper-cased, other characters as `_`).
 */
export function inputVariableName(id: string): string {
  return `MCP_INPUT_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

type Env = Readonly<Record<string, string | undefined>>;

export interface ParseConfigOptions {
  /**
   * Leave `${env:…}` and `${input:…}` that the environment does not fill as written (the UI's import:
   * the person fills them in the form) instead of failing (the CLI).
   */
  keepUnresolved?: boolean;
}

class ConfigError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** " at line 3, column 7": where the JSON goes wrong (found by our own scan; engines word it differently). */
function positionOf(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return '';
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

/** Reads every server of a config file's text. `env` fills `${env:NAME}` and `${input:id}`. */
export function parseConfigFile(text: string, env: Env = {}, options: ParseConfigOptions = {}): ConfigFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The config file is not valid JSON${positionOf(text)}: ${message}` };
  }
  try {
    return readConfig(json, env, options.keepUnresolved ?? false);
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, error: error.message };
    throw error;
  }
}

function readConfig(json: unknown, env: Env, keep: boolean): ConfigFileResult {
  if (!isRecord(json)) throw new ConfigError('The config file must hold a JSON object with "mcpServers" or "servers"');
  // VS Code's user settings nest the same object under "mcp".
  const root = isRecord(json.mcp) && !('mcpServers' in json) && !('servers' in json) ? json.mcp : json;
  const shape: ConfigShape | undefined = isRecord(root.mcpServers) ? 'mcpServers' : isRecord(root.servers) ? 'vscode' : undefined;
  if (!shape) throw new ConfigError('No servers in the config file: expected an object under "mcpServers" (Claude Desktop, Cursor) or "servers" (VS Code)');
  const entries = Object.entries((shape === 'mcpServers' ? root.mcpServers : root.servers) as Record<string, unknown>);
  if (entries.length === 0) throw new ConfigError(`The config file's "${shape === 'mcpServers' ? 'mcpServers' : 'servers'}" object is empty`);
  const servers = entries.map(([name, entry]): ConfigServer => {
    try {
      return { name, target: readServer(name, entry, env, keep) };
    } catch (error) {
      if (error instanceof ConfigError) return { name, error: error.message };
      throw error;
    }
  });
  return { ok: true, shape, servers };
}

function readServer(name: string, entry: unknown, env: Env, keep: boolean): ConnectionTarget {
  if (!isRecord(entry)) throw new ConfigError(`Server "${name}" must be an object`);
  const where = `Server "${name}"`;
  const expand = (value: string, field: string) => substitute(value, env, `${where}, ${field}`, keep);
  const type = entry.type === undefined ? undefined : String(entry.type);
  if (typeof entry.url === 'string' || (type !== undefined && type !== 'stdio')) {
    if (typeof entry.url !== 'string') throw new ConfigError(`${where} has type "${type}" but no "url"`);
    const url = expand(entry.url, 'url');
    if (!/^https?:\/\//i.test(url)) throw new ConfigError(`${where}: "url" must start with http:// or https:// (got "${url}")`);
    return { transport: remoteTransport(type, where), url, headers: stringMap(entry.headers, `${where}, headers`, expand) };
  }
  if (typeof entry.command !== 'string' || entry.command === '') throw new ConfigError(`${where} needs a "command" (stdio) or a "url" (remote)`);
  if (entry.args !== undefined && (!Array.isArray(entry.args) || entry.args.some((arg) => typeof arg !== 'string'))) {
    throw new ConfigError(`${where}: "args" must be an array of strings`);
  }
  const args = ((entry.args as string[] | undefined) ?? []).map((arg, index) => expand(arg, `args[${index}]`));
  const cwd = typeof entry.cwd === 'string' ? expand(entry.cwd, 'cwd') : undefined;
  return { transport: 'stdio', command: expand(entry.command, 'command'), args, env: stringMap(entry.env, `${where}, env`, expand), ...(cwd ? { cwd } : {}) };
}

function remoteTransport(type: string | undefined, where: string): RemoteTransport {
  switch (type) {
    case undefined:
      return 'auto';
    case 'http':
    case 'streamable-http':
    case 'streamableHttp':
      return 'streamable-http';
    case 'sse':
      return 'sse';
    default:
      throw new ConfigError(`${where}: unknown "type" "${type}" (expected stdio, http or sse)`);
  }
}

function stringMap(value: unknown, where: string, expand: (value: string, field: string) => string): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new ConfigError(`${where} must be an object of strings`);
  const map: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') throw new ConfigError(`${where}: "${key}" must be a string`);
    map[key] = expand(String(item), key);
  }
  return map;
}

/** Fills `${env:NAME}` and `${input:id}` from the environment; anything else is left as written. */
function substitute(value: string, env: Env, where: string, keep: boolean): string {
  return value.replace(/\$\{(env|input):([^}]+)\}/g, (whole: string, kind: string, id: string) => {
    const variable = kind === 'env' ? id : inputVariableName(id);
    const found = env[variable];
    if (found !== undefined) return found;
    if (keep) return whole;
    if (kind === 'env') throw new ConfigError(`${where} uses \${env:${id}}, but ${id} is not set`);
    throw new ConfigError(
      `${where} uses \${input:${id}}, which VS Code would ask you for; mcp-inspect does not prompt. Set ${variable} in the environment to its value.`,
    );
  });
}

/** The server named `name`, or the only one when no name is given; else an error listing the names. */
export function pickServer(servers: readonly ConfigServer[], name: string | undefined): { name: string; target: ConnectionTarget } | { error: string } {
  const names = servers.map((server) => `"${server.name}"`).join(', ');
  if (name === undefined && servers.length !== 1) return { error: `The config file has ${servers.length} servers (${names}): choose one with --server NAME` };
  const server = name === undefined ? servers[0] : servers.find((candidate) => candidate.name === name);
  if (!server) return { error: `No server "${name}" in the config file; it has ${names}` };
  return 'error' in server ? { error: server.error } : server;
}
