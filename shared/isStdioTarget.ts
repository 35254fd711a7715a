// Kept apart from the zod schemas so that code on the CLI's start-up path can use it without
// loading zod (start-up time is a measured target).
import type { ConnectionTarget, StdioTarget } from './connectionTypes';

export function isStdioTarget(target: ConnectionTarget): target is StdioTarget {
  return target.transport === 'stdio';
}
