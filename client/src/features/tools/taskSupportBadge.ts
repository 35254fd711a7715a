// How a tool's `execution.taskSupport` (2025-11-25) reads as a badge. Only what changes how the tool is
// called earns one: "optional" and "required". "forbidden" (declared, or absent, which means the same)
// is how almost every tool is called and gets none; a value outside the spec's three is flagged.
import type { BadgeTone } from '../../ui/Badge';

export interface TaskSupportBadge {
  label: string;
  tone: BadgeTone;
  /** The meaning, for the tooltip. */
  title: string;
}

const KNOWN: Record<string, Omit<TaskSupportBadge, 'label'> | undefined> = {
  forbidden: undefined,
  optional: { tone: 'accent', title: 'The tool may be called as a task or directly (execution.taskSupport: "optional")' },
  required: { tone: 'accent', title: 'The tool must be called as a task (execution.taskSupport: "required")' },
};

/** The badge for a tool's task support; `undefined` for the default, forbidden, declared or not. */
export function taskSupportBadge(taskSupport: string | undefined): TaskSupportBadge | undefined {
  if (taskSupport === undefined) return undefined;
  if (Object.hasOwn(KNOWN, taskSupport)) {
    const known = KNOWN[taskSupport];
    return known && { label: `tasks: ${taskSupport}`, ...known };
  }
  return {
    label: `tasks: ${taskSupport}?`,
    tone: 'warning',
    title: `execution.taskSupport is ${JSON.stringify(taskSupport)}; the spec allows "forbidden", "optional" or "required"`,
  };
}
