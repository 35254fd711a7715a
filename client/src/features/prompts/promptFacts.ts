// The facts of a prompts/list item the UI shows, read defensively.
import type { ArgumentSpec } from '../completion/ArgumentsForm';

export interface PromptFacts {
  name: string;
  title?: string;
  description?: string;
  arguments: ArgumentSpec[];
}

function readArgument(raw: unknown): ArgumentSpec | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  if (typeof record.name !== 'string') return undefined;
  const spec: ArgumentSpec = { name: record.name, required: record.required === true };
  if (typeof record.title === 'string') spec.title = record.title;
  if (typeof record.description === 'string') spec.description = record.description;
  return spec;
}

export function readPromptFacts(item: Record<string, unknown>): PromptFacts | undefined {
  if (typeof item.name !== 'string') return undefined;
  const args = Array.isArray(item.arguments) ? item.arguments.flatMap((raw) => readArgument(raw) ?? []) : [];
  const facts: PromptFacts = { name: item.name, arguments: args };
  if (typeof item.title === 'string') facts.title = item.title;
  if (typeof item.description === 'string') facts.description = item.description;
  return facts;
}

/** Required arguments left empty: the server will likely refuse the request. */
export function missingArguments(prompt: PromptFacts, values: Readonly<Record<string, string>>): string[] {
  return prompt.arguments.filter((argument) => argument.required && !values[argument.name]).map((argument) => argument.name);
}

/** The arguments sent: every filled-in value (an empty optional argument is left out). */
export function promptArguments(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}
