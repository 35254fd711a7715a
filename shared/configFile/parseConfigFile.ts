// MCP client config files → connection targets. Two shapes are in use:
// - `mcpServers` (Claude Desktop, Cursor, Windsurf, Claude Code's .mcp.json …): per server either
//   `command`/`args`/`env`/`cwd` (stdio) or `url`/`headers` with an optional `type` (remote);
// - VS Code's `servers` (.vscode/mcp.json, settings' `mcp`): `type: stdio | http | sse`, the same
//   fields, plus `inputs` whose values VS Code asks the person for (`${input:id}`).
// Files are read as JSONC (comments, trailing commas) and their `${…}` variables expanded (configVariables).
// Pure: the file's text and what the variables resolve to come in, targets or a precise error go out.
import type { ConnectionTarget, RemoteTransport } from '../connectionTypes';
import { ConfigError, expandVariables, type ConfigContext, type ConfigInput, type Expansion } from './configVariables';
import { readJsonc } from './readJsonc';

export { inputVariableName, type ConfigContext } from './configVariables';

/** Which of the two shapes a file has. */
export type ConfigShape = 'mcpServers' | 'vscode';

/**
 * One server of a config file: ready to connect to, or what is wrong with its entry (kept per server,
 * so one entry's unset variable does not stop the others from being used).
 */
export type ConfigServer = UsableConfigServer | { name: string; error: string };

/** A server of a config file that can be connected to. */
export interface UsableConfigServer {
  name: string;
  target: ConnectionTarget;
  /** Variables kept as written (only with `keepUnresolved`), each with what it stands for: the person fills them in. */
  needs?: Record<string, string>;
  /**
   * VS Code's `envFile` (variables expanded, maybe relative to the workspace folder): a dotenv file whose
   * variables the server also gets, under its `env`. Reading it is the caller's part (the file system).
   */
  envFile?: string;
}

export type ConfigFileResult = { ok: true; shape: ConfigShape; servers: ConfigServer[] } | { ok: false; error: string };

export interface ParseConfigOptions {
  /**
   * Leave the variables the context cannot fill as written, listed in each server's `needs` (the UI's
   * import: the person fills them in the form), instead of failing (the CLI). Unknown variables and
   * those of VS Code's editor are refused either way.
   */
  keepUnresolved?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads every server of a config file's text (JSONC); `context` says what its `${…}` variables resolve to. */
export function parseConfigFile(text: string, context: ConfigContext = {}, options: ParseConfigOptions = {}): ConfigFileResult {
  const json = readJsonc(text);
  if (!json.ok) return json;
  try {
    return readConfig(json.value, context, options.keepUnresolved ?? false);
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, error: error.message };
    throw error;
  }
}

/** The `inputs` VS Code declares (id → description), for messages about `${input:id}`. */
function readInputs(value: unknown): Map<string, ConfigInput> {
  const inputs = new Map<string, ConfigInput>();
  if (!Array.isArray(value)) return inputs;
  for (const input of value) {
    if (!isRecord(input) || typeof input.id !== 'string') continue;
    inputs.set(input.id, { ...(typeof input.description === 'string' ? { description: input.description } : {}), ...(input.password === true ? { password: true } : {}) });
  }
  return inputs;
}

function readConfig(json: unknown, context: ConfigContext, keepUnresolved: boolean): ConfigFileResult {
  if (!isRecord(json)) throw new ConfigError('The config file must hold a JSON object with "mcpServers" or "servers"');
  // VS Code's user settings nest the same object under "mcp".
  const root = isRecord(json.mcp) && !('mcpServers' in json) && !('servers' in json) ? json.mcp : json;
  const shape: ConfigShape | undefined = isRecord(root.mcpServers) ? 'mcpServers' : isRecord(root.servers) ? 'vscode' : undefined;
  if (!shape) throw new ConfigError('No servers in the config file: expected an object under "mcpServers" (Claude Desktop, Cursor) or "servers" (VS Code)');
  const entries = Object.entries((shape === 'mcpServers' ? root.mcpServers : root.servers) as Record<string, unknown>);
  if (entries.length === 0) throw new ConfigError(`The config file's "${shape === 'mcpServers' ? 'mcpServers' : 'servers'}" object is empty`);
  const inputs = readInputs(root.inputs);
  const servers = entries.map(([name, entry]): ConfigServer => {
    const expansion: Expansion = { context, shape, inputs, keepUnresolved, needed: new Map() };
    try {
      const target = readServer(name, entry, expansion);
      const envFile = readEnvFileField(name, entry, expansion);
      return {
        name,
        target,
        ...(expansion.needed.size > 0 ? { needs: Object.fromEntries(expansion.needed) } : {}),
        ...(envFile !== undefined && target.transport === 'stdio' ? { envFile } : {}),
      };
    } catch (error) {
      if (error instanceof ConfigError) return { name, error: error.message };
      throw error;
    }
  });
  return { ok: true, shape, servers };
}

function readServer(name: string, entry: unknown, expansion: Expansion): ConnectionTarget {
  if (!isRecord(entry)) throw new ConfigError(`Server "${name}" must be an object`);
  const where = `Server "${name}"`;
  const expand = (value: string, field: string) => expandVariables(value, `${where}, ${field}`, expansion);
  const type = entry.type === undefined ? undefined : String(entry.type);
  if (typeof entry.url === 'string' || (type !== undefined && type !== 'stdio')) {
    if (typeof entry.url !== 'string') throw new ConfigError(`${where} has type "${type}" but no "url"`);
    const url = expand(entry.url, 'url');
    if (!/^https?:\/\//i.test(url)) throw new ConfigError(`${where}: "url" must start with http:// or https:// (got "${url}")`);
    return { transport: remoteTransport(type, where), url, headers: stringMap(entry.headers, 'headers', where, expand) };
  }
  if (typeof entry.command !== 'string' || entry.command === '') throw new ConfigError(`${where} needs a "command" (stdio) or a "url" (remote)`);
  if (entry.args !== undefined && (!Array.isArray(entry.args) || entry.args.some((arg) => typeof arg !== 'string'))) {
    throw new ConfigError(`${where}: "args" must be an array of strings`);
  }
  const args = ((entry.args as string[] | undefined) ?? []).map((arg, index) => expand(arg, `args[${index}]`));
  const cwd = typeof entry.cwd === 'string' ? expand(entry.cwd, 'cwd') : undefined;
  return { transport: 'stdio', command: expand(entry.command, 'command'), args, env: stringMap(entry.env, 'env', where, expand), ...(cwd ? { cwd } : {}) };
}

function readEnvFileField(name: string, entry: unknown, expansion: Expansion): string | undefined {
  const value = isRecord(entry) ? entry.envFile : undefined;
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new ConfigError(`Server "${name}": "envFile" must be a file path`);
  return expandVariables(value, `Server "${name}", envFile`, expansion);
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

function stringMap(value: unknown, field: 'env' | 'headers', where: string, expand: (value: string, field: string) => string): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new ConfigError(`${where}, ${field} must be an object of strings`);
  const map: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') throw new ConfigError(`${where}, ${field}: "${key}" must be a string`);
    map[key] = expand(String(item), `${field}.${key}`);
  }
  return map;
}

/** The server named `name`, or the only one when no name is given; else an error listing the names. */
export function pickServer(servers: readonly ConfigServer[], name: string | undefined): UsableConfigServer | { error: string } {
  const names = servers.map((server) => `"${server.name}"`).join(', ');
  if (name === undefined && servers.length !== 1) return { error: `The config file has ${servers.length} servers (${names}): choose one with --server NAME` };
  const server = name === undefined ? servers[0] : servers.find((candidate) => candidate.name === name);
  if (!server) return { error: `No server "${name}" in the config file; it has ${names}` };
  return 'error' in server ? { error: server.error } : server;
}
