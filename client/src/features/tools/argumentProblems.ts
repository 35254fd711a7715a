// The one list of what is wrong with a tool call's arguments, in sentences that name the argument
// ("message is required."). A JSON text that does not parse is the only problem while it lasts: the
// schema errors of the last value that parsed would be stale.
import type { JsonValue, SchemaError } from '../../ui/schemaForm';

export interface ArgumentProblem {
  /** JSON Pointer of the argument it is about ("" for the arguments object); absent for a parse error. */
  path?: string;
  /** Who the sentence is about: an argument ("contacts › item 2 › name"), "The arguments" or "The JSON". */
  subject: string;
  /** The rest of the sentence, ending with a full stop. */
  predicate: string;
}

const decodeSegment = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** "/contacts/1/name" → "contacts › item 2 › name": property names as the server sees them, items counted from 1 as the form labels them. */
export function argumentName(pointer: string): string {
  if (pointer === '') return 'The arguments';
  return pointer
    .split('/')
    .slice(1)
    .map(decodeSegment)
    .map((segment, index) => (index > 0 && /^\d+$/.test(segment) ? `item ${Number(segment) + 1}` : segment))
    .join(' › ');
}

const asSentenceEnd = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Arguments as the JSON mode's text holds them (an empty text means `{}`), or why they are not. */
export function parseArguments(text: string): { value: Record<string, JsonValue> } | { problem: ArgumentProblem } {
  if (text.trim() === '') return { value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: { subject: 'The JSON', predicate: `does not parse: ${asSentenceEnd((error as Error).message)}` } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: { subject: 'The arguments', predicate: 'must be a JSON object.' } };
  return { value: value as Record<string, JsonValue> };
}

/**
 * The problems to list: the parse problem alone while the JSON text does not parse, else one sentence
 * per schema error of the current value.
 */
export function argumentProblems(parseProblem: ArgumentProblem | undefined, schemaErrors: readonly SchemaError[]): ArgumentProblem[] {
  if (parseProblem !== undefined) return [parseProblem];
  return schemaErrors.map((error) => ({ path: error.path, subject: argumentName(error.path), predicate: asSentenceEnd(error.message) }));
}

/** The call button's words: how many fixes are needed is visible before the click. */
export function callButtonLabel(pending: boolean, problemCount: number): string {
  if (pending) return 'Calling…';
  return problemCount > 0 ? `Call tool — needs fixes (${problemCount})` : 'Call tool';
}
