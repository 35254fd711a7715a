// `${…}` variables in config files, as the clients that write them define them:
// - VS Code's predefined variables (code.visualstudio.com/docs/reference/variables-reference), which
//   its mcp.json accepts in command, args, env, cwd, url and headers (Cursor reads the same ones);
// - `${env:NAME}`, and `${input:id}`, which VS Code asks the person for (declared under "inputs");
// - Claude Code's `${NAME}` and `${NAME:-default}` in "mcpServers" files.
// Variables tied to VS Code's editor, settings or commands mean nothing here and are refused by name,
// as is anything unknown: a server must never be started with a `${…}` it would take literally.
import type { ConfigShape } from './parseConfigFile';

type Env = Readonly<Record<string, string | undefined>>;

/** A problem with one config entry, worded for the person fixing the file. */
export class ConfigError extends Error {}

/** What the variables of a config file resolve to. Fields left out are not known (the browser knows none). */
export interface ConfigContext {
  /** Fills `${env:NAME}`, Claude Code's `${NAME}`, and `${input:id}` through `MCP_INPUT_<ID>`. */
  env?: Env;
  /**
   * `${workspaceFolder}`: the folder that holds `.vscode/` (or `.cursor/`) when the file is in such a
   * folder, else the file's own folder.
   */
  workspaceFolder?: string;
  /** `${userHome}`. */
  userHome?: string;
  /** `${cwd}`: the folder mcp-inspect was started in. */
  cwd?: string;
  /** `${pathSeparator}` and `${/}`. */
  pathSeparator?: string;
}

/** One `${input:id}` declared under "inputs", for messages. */
export interface ConfigInput {
  description?: string;
  password?: boolean;
}

/** Everything an expansion needs besides the value itself. */
export interface Expansion {
  context: ConfigContext;
  shape: ConfigShape;
  inputs: ReadonlyMap<string, ConfigInput>;
  /** Keep variables this context cannot fill, and note them in `needed` (the UI: the person fills them in). */
  keepUnresolved: boolean;
  /** Variables kept as written, each with what it stands for. */
  needed: Map<string, string>;
}

/**
 * VS Code asks the person for an `${input:id}` value; nobody is there to ask, so it is read from the
 * environment variable `MCP_INPUT_<ID>` (the id upper-cased, other characters as `_`).
 */
export function inputVariableName(id: string): string {
  return `MCP_INPUT_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** VS Code variables about its editor: the open file, the selection, the build task, its own binary. */
const EDITOR_VARIABLES = new Set([
  'file',
  'fileWorkspaceFolder',
  'relativeFile',
  'relativeFileDirname',
  'fileBasename',
  'fileBasenameNoExtension',
  'fileExtname',
  'fileDirname',
  'fileDirnameBasename',
  'lineNumber',
  'columnNumber',
  'selectedText',
  'execPath',
  'defaultBuildTask',
]);

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function baseName(folder: string): string {
  return folder.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? folder;
}

/** A variable's value, or what it stands for when this context cannot fill it (the caller keeps or refuses it). */
type Resolution = { value: string } | { missing: string; unsetBecause?: string };

function resolveWorkspace(name: string, folderName: string | undefined, { workspaceFolder }: ConfigContext, token: string): Resolution {
  if (workspaceFolder === undefined) return { missing: 'the folder that holds .vscode/ (or the config file)' };
  if (folderName !== undefined && folderName !== baseName(workspaceFolder)) {
    throw new ConfigError(`${token}, which names the workspace folder "${folderName}", but the only one mcp-inspect knows is "${baseName(workspaceFolder)}" (${workspaceFolder})`);
  }
  return { value: name === 'workspaceFolder' ? workspaceFolder : baseName(workspaceFolder) };
}

function resolveInput(id: string, expansion: Expansion, token: string): Resolution {
  const variable = inputVariableName(id);
  const found = expansion.context.env?.[variable];
  if (found !== undefined) return { value: found };
  const description = expansion.inputs.get(id)?.description;
  const what = description ? ` ("${description}")` : '';
  if (expansion.keepUnresolved) return { missing: `an input VS Code would ask you for${what}` };
  throw new ConfigError(`${token}${what}, which VS Code would ask you for; mcp-inspect does not prompt. Set ${variable} in the environment to its value.`);
}

function resolveEnv(name: string, fallback: string | undefined, { env }: ConfigContext): Resolution {
  const found = env?.[name];
  if (found !== undefined && !(fallback !== undefined && found === '')) return { value: found };
  if (fallback !== undefined) return { value: fallback };
  return { missing: `the environment variable ${name}`, unsetBecause: `${name} is not set` };
}

function resolvePredefined(name: string, context: ConfigContext): Resolution | undefined {
  const known = (value: string | undefined, what: string): Resolution => (value === undefined ? { missing: what } : { value });
  switch (name) {
    case 'userHome':
      return known(context.userHome, 'your home folder');
    case 'cwd':
      return known(context.cwd, 'the folder mcp-inspect was started in');
    case 'pathSeparator':
    case '/':
      return known(context.pathSeparator, 'the path separator');
    default:
      return undefined;
  }
}

/** Resolves the body of one `${…}` (what is between the braces); throws for what can never resolve. */
function resolveVariable(body: string, expansion: Expansion): Resolution {
  const token = `\${${body}}`;
  const { context, shape } = expansion;
  const colon = body.indexOf(':');
  const [head, argument] = colon === -1 ? [body, undefined] : [body.slice(0, colon), body.slice(colon + 1)];
  if (head === 'workspaceFolder' || head === 'workspaceFolderBasename') return resolveWorkspace(head, argument, context, token);
  if (head === 'env' && argument !== undefined && argument !== '') return resolveEnv(argument, undefined, context);
  if (head === 'input' && argument !== undefined && argument !== '') return resolveInput(argument, expansion, token);
  const predefined = argument === undefined ? resolvePredefined(head, context) : undefined;
  if (predefined) return predefined;
  if (EDITOR_VARIABLES.has(head)) throw new ConfigError(`${token}, which refers to VS Code's editor (its open file, selection or build task); mcp-inspect has none`);
  if (head === 'config') throw new ConfigError(`${token}, which reads a VS Code setting; mcp-inspect cannot: write the value itself`);
  if (head === 'command') throw new ConfigError(`${token}, which runs a VS Code command; mcp-inspect cannot: write the value itself`);
  // Claude Code's ${NAME} and ${NAME:-default}.
  const claude = /^([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?$/s.exec(body);
  if (shape === 'mcpServers' && claude) return resolveEnv(claude[1]!, claude[2], context);
  const hint = ENV_NAME.test(body) ? ` (for an environment variable write \${env:${body}})` : '';
  throw new ConfigError(`${token}, which is not a variable mcp-inspect knows${hint}`);
}

/** Expands every `${…}` in `value`; `where` names the field for messages ("Server "x", args[2]"). */
export function expandVariables(value: string, where: string, expansion: Expansion): string {
  return value.replace(/\$\{([^}]*)\}/g, (token: string, body: string) => {
    let resolution: Resolution;
    try {
      resolution = resolveVariable(body, expansion);
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigError(`${where} uses ${error.message}`);
      throw error;
    }
    if ('value' in resolution) return resolution.value;
    if (expansion.keepUnresolved) {
      expansion.needed.set(token, resolution.missing);
      return token;
    }
    throw new ConfigError(`${where} uses ${token}, but ${resolution.unsetBecause ?? `${resolution.missing} is not known here`}`);
  });
}
