// Whether a tool's inputSchema leaves nothing to fill: no named properties and none invited. Such a tool
// is called with `{}` and its call form shows a sentence instead of an arguments box.
import type { JsonSchema } from '../../ui/schemaForm';

/** Keywords that can bring properties in (or make `{}` invalid) without naming them under `properties`. */
const COMPOSING_KEYWORDS = ['$ref', '$dynamicRef', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'dependentSchemas', 'dependencies'];

const isEmptyRecord = (value: unknown) => value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

/** `additionalProperties` (or `unevaluatedProperties`) absent or false; true or a schema invites free-form keys. */
const invitesNothing = (value: unknown) => value === undefined || value === false;

/**
 * True for `{type: 'object'}`, `{type: 'object', properties: {}}` and the same with
 * `additionalProperties: false`. False when the schema invites free-form arguments
 * (`additionalProperties: true` or a schema, `patternProperties`), requires some, or composes
 * other schemas: those keep an editor so the person can send what the server asks for.
 */
export function takesNoArguments(schema: JsonSchema): boolean {
  if (schema.type !== undefined && schema.type !== 'object') return false;
  if (COMPOSING_KEYWORDS.some((keyword) => keyword in schema)) return false;
  return (
    isEmptyRecord(schema.properties) &&
    isEmptyRecord(schema.patternProperties) &&
    invitesNothing(schema.additionalProperties) &&
    invitesNothing(schema.unevaluatedProperties) &&
    (schema.required ?? []).length === 0 &&
    (typeof schema.minProperties !== 'number' || schema.minProperties === 0)
  );
}
