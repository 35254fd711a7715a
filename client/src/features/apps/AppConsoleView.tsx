// What the app wrote to its console, the log notifications it sent, and the host requests it made.
// Debug lines (the ext-apps SDK writes one per message) are hidden unless asked for: the Log has them all.
import { useState } from 'react';
import type { AppConsoleLine } from './appHost';

const LEVEL_TONE: Record<string, string> = {
  error: 'text-red-700 dark:text-red-400',
  warn: 'text-amber-700 dark:text-amber-300',
  warning: 'text-amber-700 dark:text-amber-300',
  host: 'text-sky-800 dark:text-sky-300',
};

export function AppConsoleView({ lines }: { lines: readonly AppConsoleLine[] }) {
  const [showDebug, setShowDebug] = useState(false);
  const shown = showDebug ? lines : lines.filter((line) => line.level !== 'debug');
  const hidden = lines.length - shown.length;
  return (
    <section aria-label="App console" className="flex max-h-40 flex-col gap-1 overflow-auto rounded border border-zinc-200 bg-zinc-50 p-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900">
      <label className="flex items-center gap-1 self-end font-sans text-zinc-600 dark:text-zinc-300">
        <input type="checkbox" checked={showDebug} onChange={(event) => setShowDebug(event.target.checked)} />
        Debug lines{hidden > 0 ? ` (${hidden} hidden)` : ''}
      </label>
      {shown.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">The app has written nothing to its console yet.</p>
      ) : (
        <ol className="flex flex-col gap-0.5">
          {shown.map((line, index) => (
            <li key={index} className={`line-clamp-3 break-all ${LEVEL_TONE[line.level] ?? 'text-zinc-700 dark:text-zinc-200'}`}>
              <span className="mr-2 text-zinc-600 dark:text-zinc-400">{line.level}</span>
              {line.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
