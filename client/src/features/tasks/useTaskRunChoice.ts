// Whether a tool call goes out as a task, from the tool's `execution.taskSupport`: `required` always,
// `optional` when the person ticks "Run as task", never otherwise; and the ttl to ask for.
import { useState } from 'react';

/** The ttl asked for by default (ms); the receiver may choose another. */
export const DEFAULT_TASK_TTL_MS = 300_000;

export function useTaskRunChoice(taskSupport: string | undefined) {
  const [chosen, setChosen] = useState(false);
  const [ttlMs, setTtlMs] = useState(DEFAULT_TASK_TTL_MS);
  const required = taskSupport === 'required';
  const available = required || taskSupport === 'optional';
  const asTask = required || (available && chosen);
  return {
    available,
    required,
    asTask,
    ttlMs,
    setAsTask: setChosen,
    setTtlMs,
    /** The `task` param to add to the call, if it goes out as a task. */
    augmentation: (): { task?: { ttl: number } } => (asTask ? { task: { ttl: ttlMs } } : {}),
  };
}
