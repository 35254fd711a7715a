// What the app wrote to its console, the log notifications it sent, and the host requests it made.
import type { AppConsoleLine } from './appHost';

const LEVEL_TONE: Record<string, string> = {
  error: 'text-red-700 dark:text-red-400',
  warn: 'text-amber-700 dark:text-amber-300',
  warning: 'text-amber-700 dark:text-amber-300',
  host: 'text-sky-800 dark:text-sky-300',
};

export function AppConsoleView({ lines }: { lines: readonly AppConsoleLine[] }) {
  return (
    <section aria-label="App console" className="flex max-h-40 flex-col overflow-auto rounded border border-zinc-200 bg-zinc-50 p-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900">
      {lines.length === 0 ? (
        <p className="text-zinc-500 dark:text-zinc-400">The app has written nothing to its console yet.</p>
      ) : (
        <ol className="flex flex-col gap-0.5">
          {lines.map((line, index) => (
            <li key={index} className={LEVEL_TONE[line.level] ?? 'text-zinc-700 dark:text-zinc-200'}>
              <span className="mr-2 text-zinc-500 dark:text-zinc-400">{line.level}</span>
              {line.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
