// A connection's injected faults: the rules in the order they are tried, each switchable while traffic
// flows, and a field to add one with the parser's error shown as it is typed. What a fault did shows in
// the Log and the Timeline, marked "fault".
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { Button } from '../../ui/Button';
import { useFaultsModel } from './useFaultsModel';

const GRAMMAR = '<action> [<arg>] [on <method>] [to server|to client] [every N] [after N]';
const EXAMPLES = ['delay 2s on tools/call', 'error -32603 on tools/call', 'drop on notifications/progress to client', 'kill on tools/call after 3'];
const ACTIONS = 'delay <duration>, drop, duplicate, reorder, corrupt, error <code>, timeout, kill; over HTTP also status <code>, close-stream, expire-session';

export function FaultsTab({ connection }: { connection: ConnectionSummary }) {
  const { rules, draft, setDraft, draftError, canAdd, add, toggle, remove, readOnly, applyError } = useFaultsModel(connection);

  return (
    <div className="flex h-full max-w-4xl flex-col gap-3 overflow-auto p-3 text-sm">
      <section aria-label="Fault rules" className="flex flex-col gap-1">
        <h2 className="font-medium">Fault rules</h2>
        {rules.length === 0 && <p className="text-xs text-zinc-600 dark:text-zinc-400">No faults: traffic passes untouched.</p>}
        <ul className="flex flex-col gap-1">
          {rules.map((entry, index) => (
            <li key={`${index}:${entry.rule}`} className="flex items-center gap-2 rounded border border-zinc-200 px-2 py-1 dark:border-zinc-700">
              <label className="flex min-w-0 flex-1 items-center gap-2">
                <input type="checkbox" checked={entry.enabled} disabled={readOnly} onChange={() => toggle(index)} aria-label={`Enable ${entry.rule}`} />
                <code className={`truncate font-mono text-xs ${entry.enabled ? '' : 'text-zinc-500 line-through dark:text-zinc-400'}`}>{entry.rule}</code>
              </label>
              {!readOnly && (
                <Button variant="ghost" className="h-6 px-1.5 text-xs" aria-label={`Remove ${entry.rule}`} onClick={() => remove(index)}>
                  ✕
                </Button>
              )}
            </li>
          ))}
        </ul>
      </section>
      {!readOnly && (
        <form
          className="flex flex-col gap-1"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <label htmlFor="fault-rule" className="font-medium">
            Add a rule
          </label>
          <div className="flex gap-2">
            <input
              id="fault-rule"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              placeholder={EXAMPLES[0]}
              aria-invalid={draftError !== undefined}
              aria-describedby="fault-rule-help"
              className="h-7 min-w-0 flex-1 rounded border border-zinc-300 bg-white px-2 font-mono text-xs aria-invalid:border-red-600 dark:border-zinc-600 dark:bg-zinc-800 dark:aria-invalid:border-red-400"
            />
            <Button type="submit" variant="primary" disabled={!canAdd}>
              Add fault
            </Button>
          </div>
          {draftError && (
            <p role="alert" className="text-xs text-red-700 dark:text-red-400">
              {draftError}
            </p>
          )}
          <div id="fault-rule-help" className="text-xs text-zinc-600 dark:text-zinc-400">
            <p>
              <code className="font-mono">{GRAMMAR}</code>
            </p>
            <p>Actions: {ACTIONS}. A rule without “to” acts on requests and notifications both ways; answers match the method of their request when “to” is given.</p>
            <p className="mt-1">Examples:</p>
            <ul className="list-inside list-disc">
              {EXAMPLES.map((example) => (
                <li key={example}>
                  <code className="font-mono">{example}</code>
                </li>
              ))}
            </ul>
          </div>
        </form>
      )}
      {readOnly && <p className="text-xs text-zinc-600 dark:text-zinc-400">A recorded connection shows the rules it was recorded with; faults are not injected into a recording.</p>}
      {applyError && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {applyError}
        </p>
      )}
    </div>
  );
}
