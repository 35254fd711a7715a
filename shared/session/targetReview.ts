// A session file is untrusted input: the target it recorded names a command to run, its environment
// and working directory, a URL and headers. Before a replay runs a recorded target, all of it is shown
// to the person (the CLI on stderr, the UI in a confirmation dialog), with the environment variables that
// change how a runtime loads code called out, and it runs only once they confirm.
import type { ConnectionTarget } from '../connectionTypes';
import { isStdioTarget } from '../isStdioTarget';

/** Variables that make a runtime, the dynamic loader or a shell load other code than the command names. */
const DANGEROUS_ENV = new Set([
  'PATH',
  'NODE_OPTIONS',
  'NODE_PATH',
  'NODE_REPL_EXTERNAL_MODULE',
  'ELECTRON_RUN_AS_NODE',
  'LD_PRELOAD',
  'LD_LIBRARY_PATH',
  'LD_AUDIT',
  'GCONV_PATH',
  'PYTHONPATH',
  'PYTHONSTARTUP',
  'PYTHONHOME',
  'PYTHONUSERBASE',
  'PYTHONINSPECT',
  'PERL5OPT',
  'PERL5LIB',
  'PERLLIB',
  'RUBYOPT',
  'RUBYLIB',
  'JAVA_TOOL_OPTIONS',
  '_JAVA_OPTIONS',
  'JDK_JAVA_OPTIONS',
  'CLASSPATH',
  'BASH_ENV',
  'ENV',
  'ZDOTDIR',
  'PROMPT_COMMAND',
  'SHELLOPTS',
  'PS4',
]);
/** Whole families: the macOS loader's DYLD_*, npm's configuration (script shell, node options, …). */
const DANGEROUS_ENV_PREFIX = /^(DYLD_|NPM_CONFIG_)/;

/** Whether setting this variable can make the server's runtime load and run other code. */
export function isDangerousEnv(name: string): boolean {
  const upper = name.toUpperCase();
  return DANGEROUS_ENV.has(upper) || DANGEROUS_ENV_PREFIX.test(upper);
}

/** One word as a POSIX shell would need it, quoted only when it must be. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** A command line for display, each word quoted only when it needs to be. */
export function formatCommandLine(command: string, args: readonly string[]): string {
  return [command, ...args].map(shellWord).join(' ');
}

/** One thing a target would make the inspector do, as shown before it runs. */
export interface TargetReviewItem {
  kind: 'command' | 'cwd' | 'env' | 'url' | 'header' | 'oauth';
  /** The variable or header name (env, header). */
  name?: string;
  value: string;
  /** Set when the item can make the server's runtime run other code. */
  dangerous?: boolean;
}

/** Everything a target would run or send, in full (nothing masked: the person must see what runs). */
export function targetReview(target: ConnectionTarget): TargetReviewItem[] {
  if (isStdioTarget(target)) {
    return [
      { kind: 'command', value: formatCommandLine(target.command, target.args) },
      ...(target.cwd === undefined ? [] : [{ kind: 'cwd' as const, value: target.cwd }]),
      ...Object.entries(target.env).map(([name, value]) => ({ kind: 'env' as const, name, value, ...(isDangerousEnv(name) ? { dangerous: true } : {}) })),
    ];
  }
  return [
    { kind: 'url', value: target.url },
    ...Object.entries(target.headers).map(([name, value]) => ({ kind: 'header' as const, name, value })),
    ...(target.oauth?.clientId === undefined ? [] : [{ kind: 'oauth' as const, name: 'client id', value: target.oauth.clientId }]),
  ];
}

const REVIEW_LABELS: Record<TargetReviewItem['kind'], string> = {
  command: 'command',
  cwd: 'working directory',
  env: 'env',
  url: 'URL',
  header: 'header',
  oauth: 'OAuth',
};

/** The review as lines of plain text (the CLI prints them before asking). */
export function targetReviewText(items: readonly TargetReviewItem[]): string {
  return items
    .map((item) => {
      const value = item.name === undefined ? item.value : item.kind === 'header' ? `${item.name}: ${item.value}` : `${item.name}=${item.value}`;
      const warning = item.dangerous ? '   <- DANGEROUS: changes which code the runtime loads' : '';
      return `  ${REVIEW_LABELS[item.kind].padEnd(18)} ${value}${warning}\n`;
    })
    .join('');
}

/** Whether two targets are the same in every field (what a confirmation names is what runs). */
export function sameTarget(a: ConnectionTarget, b: ConnectionTarget): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
}
