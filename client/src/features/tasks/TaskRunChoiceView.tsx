// "Run as task" next to a call button: ticked and fixed for a tool that requires tasks, a choice for
// one that supports them, with the ttl to ask for.
import type { useTaskRunChoice } from './useTaskRunChoice';

export function TaskRunChoiceView({ choice, idPrefix }: { choice: ReturnType<typeof useTaskRunChoice>; idPrefix: string }) {
  if (!choice.available) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 text-xs">
      <label className="flex items-center gap-1" title={choice.required ? 'This tool declares execution.taskSupport "required"' : 'This tool declares execution.taskSupport "optional"'}>
        <input type="checkbox" checked={choice.asTask} disabled={choice.required} onChange={(event) => choice.setAsTask(event.target.checked)} />
        Run as task{choice.required ? ' (required by the tool)' : ''}
      </label>
      {choice.asTask && (
        <label className="flex items-center gap-1" htmlFor={`${idPrefix}-task-ttl`}>
          Task TTL (ms)
          <input
            id={`${idPrefix}-task-ttl`}
            type="number"
            min={1}
            value={choice.ttlMs}
            onChange={(event) => {
              const ttl = Number(event.target.value);
              if (Number.isInteger(ttl) && ttl > 0) choice.setTtlMs(ttl);
            }}
            className="h-6 w-28 rounded border border-zinc-300 px-1 dark:border-zinc-600 dark:bg-zinc-900"
          />
        </label>
      )}
    </div>
  );
}
