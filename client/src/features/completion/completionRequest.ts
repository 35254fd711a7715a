// completion/complete as the argument forms use it: which reference is completed, the params sent
// (earlier arguments as context), and the result read defensively.
// https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/completion

/** What is being completed: a prompt's argument or a resource template's variable. */
export type CompletionRef = { type: 'ref/prompt'; name: string } | { type: 'ref/resource'; uri: string };

export interface Completion {
  values: string[];
  total?: number;
  hasMore: boolean;
}

/** The spec caps a completion at 100 values; more are dropped here (the diagnosis may flag them). */
export const MAX_COMPLETION_VALUES = 100;

/** Whether the server declared the `completions` capability (required before sending the request). */
export function supportsCompletions(serverCapabilities: Record<string, unknown> | undefined): boolean {
  return serverCapabilities !== undefined && typeof serverCapabilities.completions === 'object' && serverCapabilities.completions !== null;
}

/**
 * The filled-in arguments that come before `name` in the form's order: the context a server needs to
 * narrow its suggestions (e.g. a team member after the department). Empty values are not context.
 */
export function earlierArguments(order: readonly string[], values: Readonly<Record<string, string>>, name: string): Record<string, string> {
  const earlier: Record<string, string> = {};
  for (const other of order) {
    if (other === name) break;
    const value = values[other];
    if (value !== undefined && value !== '') earlier[other] = value;
  }
  return earlier;
}

export function completionParams(ref: CompletionRef, name: string, value: string, context: Readonly<Record<string, string>>): Record<string, unknown> {
  const params: Record<string, unknown> = { ref, argument: { name, value } };
  if (Object.keys(context).length > 0) params.context = { arguments: { ...context } };
  return params;
}

/** Reads a completion result; anything that is not a string value is skipped. */
export function readCompletion(result: unknown): Completion {
  const completion = typeof result === 'object' && result !== null ? (result as { completion?: unknown }).completion : undefined;
  const record = typeof completion === 'object' && completion !== null ? (completion as Record<string, unknown>) : {};
  const values = Array.isArray(record.values) ? record.values.filter((value): value is string => typeof value === 'string') : [];
  return {
    values: [...new Set(values)].slice(0, MAX_COMPLETION_VALUES),
    ...(typeof record.total === 'number' ? { total: record.total } : {}),
    hasMore: record.hasMore === true,
  };
}
