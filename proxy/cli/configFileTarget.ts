// --config FILE [--server NAME]: reads an MCP client config file (Claude Desktop, Cursor, VS Code …)
// and turns the chosen server into the target, with -e/--cwd or --header from the command line on top.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ConnectionTarget } from '../../shared/connectionTypes';
import { parseConfigFile, pickServer } from '../../shared/configFile/parseConfigFile';
import type { CliOptions } from './parseArgs';

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
  const parsed = parseConfigFile(text, env);
  if (!parsed.ok) return { error: `--config ${resolved}: ${parsed.error}` };
  const picked = pickServer(parsed.servers, serverName);
  if ('error' in picked) return { error: `--config ${resolved}: ${picked.error}` };
  const { target } = picked;
  if (target.transport === 'stdio') {
    if (Object.keys(options.headers).length > 0) return { error: `--header only applies to a remote server; "${picked.name}" is a command` };
    // A relative cwd in the file is relative to the file, as the clients that read it do.
    const fileCwd = target.cwd === undefined ? undefined : path.resolve(path.dirname(resolved), target.cwd);
    const finalCwd = cwd ?? fileCwd;
    return { ...target, env: { ...target.env, ...options.env }, ...(finalCwd === undefined ? {} : { cwd: finalCwd }) };
  }
  if (Object.keys(options.env).length > 0 || cwd !== undefined) return { error: `-e/--env and --cwd only apply to a command; "${picked.name}" is a remote server` };
  return { ...target, headers: { ...target.headers, ...options.headers } };
}
