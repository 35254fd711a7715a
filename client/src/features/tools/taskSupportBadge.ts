// How a tool's `execution.taskSupport` (2025-11-25) reads as a badge. A server author checks this
// against what they meant to declare, so every declared value is shown, a value outside the spec's
// three is flagged, and an absent field is stated as the default it means (forbidden).
import type { BadgeTone } from '../../ui/Badge';

export interface TaskSupportBadge {
  label: string;
  tone: BadgeTone;
  /** The meaning, for the tooltip. */
  title: string;
}

const KNOWN: Record<string, Omit<TaskSupportBadge, 'label'>> = {
  forbidden: { tone: 'neutral', title: 'The tool must be called without a task (execution.taskSupport: "forbidden")' },
  optional: { tone: 'accent', title: 'The tool may be called as a task or directly (execution.taskSupport: "optional")' },
  required: { tone: 'accent', title: 'The tool must be called as a task (execution.taskSupport: "required")' },
};

/** The badge for a tool's task support; `undefined` when the tool declares none (forbidden by default). */
export function taskSupportBadge(taskSupport: string | undefined): TaskSupportBadge | undefined {
  if (taskSupport === undefined) return undefined;
  const known = Object.hasOwn(KNOWN, taskSupport) ? KNOWN[taskSupport] : undefined;
  if (known) return { label: `tasks: ${taskSupport}`, ...known };
  return {
    label: `tasks: ${taskSupport}?`,
    tone: 'warning',
    title: `execution.taskSupport is ${JSON.stringify(taskSupport)}; the spec allows "forbidden", "optional" or "required"`,
  };
}
