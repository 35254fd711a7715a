import type { LogKind } from '../../api/logEntry';

const kindClass: Record<LogKind, string> = {
  request: 'text-sky-700 dark:text-sky-300',
  response: 'text-emerald-700 dark:text-emerald-300',
  error: 'text-red-700 dark:text-red-400 font-semibold',
  notification: 'text-violet-700 dark:text-violet-300',
  invalid: 'text-red-700 dark:text-red-400 font-semibold',
  stderr: 'text-amber-700 dark:text-amber-400',
  stdout: 'text-orange-700 dark:text-orange-400',
  transport: 'text-zinc-500 dark:text-zinc-400',
  // An injected fault stands out from anything a peer sent: what the inspector itself did.
  fault: 'rounded bg-fuchsia-100 px-1 text-fuchsia-800 dark:bg-fuchsia-950 dark:text-fuchsia-300 font-semibold',
  app: 'text-fuchsia-700 dark:text-fuchsia-300',
};

/** The kind of a log row as coloured text ("request", "stderr", …). */
export function LogKindLabel({ kind }: { kind: LogKind }) {
  return <span className={kindClass[kind]}>{kind}</span>;
}
