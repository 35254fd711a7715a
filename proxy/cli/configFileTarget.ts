// --config FILE [--server NAME]: reads an MCP client config file (Claude Desktop, Cursor, VS Code …)
// and turns the chosen server into the target, with -e/--cwd or --header from the command line on top.
// Used by the inspector, `check`, `--cli` and `replay` alike.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConnectionTarget } from '../../shared/connectionTypes';
import { parseConfigFile, pickServer, type ConfigContext } from '../../shared/configFile/parseConfigFile';
import { parseEnvFile } from '../../shared/configFile/parseEnvFile';
import type { CliOptions } from './parseArgs';

/** Folders whose config file belongs to the folder above them (the workspace), as in VS Code and Cursor. */
const EDITOR_FOLDERS = new Set(['.vscode', '.cursor']);

/**
 * `${workspaceFolder}` for a config file: the folder holding `.vscode/` (or `.cursor/`) when the file
 * sits in one (`.vscode/mcp.json`), otherwise the file's own folder.
 */
export function workspaceFolderOf(file: string): string {
  const folder = path.dirname(path.resolve(file));
  return EDITOR_FOLDERS.has(path.basename(folder)) ? path.dirname(folder) : folder;
}

/** What the `${…}` variables of the config file `file` resolve to on this machine. */
export function configContextFor(file: string, env: NodeJS.ProcessEnv): ConfigContext {
  return { env, workspaceFolder: workspaceFolderOf(file), userHome: os.homedir(), cwd: process.cwd(), pathSeparator: path.sep };
}

export function targetFromConfigFile(
  file: string,
  serverName: string | undefined,
  options: Pick<CliOptions, 'env' | 'headers'>,
  cwd: string | undefined,
  env: NodeJS.ProcessEnv,
): ConnectionTarget | { error: string } {
  const resolved = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(resolved, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: `--config: ${code === 'ENOENT' ? `no such file: ${resolved}` : `cannot read ${resolved} (${code ?? String(error)})`}` };
  }
  const parsed = parseConfigFile(text, configContextFor(resolved, env));
  if (!parsed.ok) return { error: `--config ${resolved}: ${parsed.error}` };
  const picked = pickServer(parsed.servers, serverName);
  if ('error' in picked) return { error: `--config ${resolved}: ${picked.error}` };
  const { target } = picked;
  if (target.transport === 'stdio') {
    if (Object.keys(options.headers).length > 0) return { error: `--header only applies to a remote server; "${picked.name}" is a command` };
    const fromEnvFile = picked.envFile === undefined ? { env: {} } : readEnvFile(path.resolve(workspaceFolderOf(resolved), picked.envFile));
    if ('error' in fromEnvFile) return { error: `--config ${resolved}: Server "${picked.name}", envFile: ${fromEnvFile.error}` };
    // A relative cwd in the file is relative to its workspace folder (the file's folder, or the one
    // holding .vscode/), where the clients that read it start their servers.
    const fileCwd = target.cwd === undefined ? undefined : path.resolve(workspaceFolderOf(resolved), target.cwd);
    const finalCwd = cwd ?? fileCwd;
    return { ...target, env: { ...fromEnvFile.env, ...target.env, ...options.env }, ...(finalCwd === undefined ? {} : { cwd: finalCwd }) };
  }
  if (Object.keys(options.env).length > 0 || cwd !== undefined) return { error: `-e/--env and --cwd only apply to a command; "${picked.name}" is a remote server` };
  return { ...target, headers: { ...target.headers, ...options.headers } };
}

/** The variables of a VS Code `envFile`, or why they cannot be read. */
function readEnvFile(file: string): { env: Record<string, string> } | { error: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? String(error)})` };
  }
  const parsed = parseEnvFile(text);
  return parsed.ok ? { env: parsed.env } : { error: `${file}: ${parsed.error}` };
}
