// Runs a validator from shared/schemaValidator.ts and reports the failures in the diagnosis's voice:
// leaf errors only, at their JSON Pointer, and a schema nothing can satisfy reported as unusable.
import type { OutputUnit, Validator } from '@cfworker/json-schema';

/** One failure at the JSON Pointer of the offending value (`""` for the root). */
export interface JsonSchemaError {
  pointer: string;
  message: string;
}

export type JsonSchemaVerdict = { valid: true } | { valid: false; errors: JsonSchemaError[] } | { valid: 'unusable-schema'; reason: string };

/** One failure in the engine's voice ("must be number, not string"), from the validator's keyword and wording. */
function describeUnit(unit: OutputUnit): string {
  const quoted = [...unit.error.matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
  if (unit.keyword === 'type' && quoted.length >= 2) return `must be ${quoted.slice(1).join(' or ')}, not ${quoted[0]}`;
  if (unit.keyword === 'required' && quoted.length >= 1) return `is missing the required property "${quoted[0]}"`;
  return unit.error.replace(/^Instance /, 'value ').replace(/\.$/, '');
}

/** The leaf failures only: the validator also reports each enclosing level ("property x does not match"). */
function leafErrors(units: readonly OutputUnit[]): JsonSchemaError[] {
  const meaningful = units.filter((unit) => unit.keyword !== 'false');
  const leaves = meaningful.filter((unit) => !meaningful.some((other) => other !== unit && other.keywordLocation.startsWith(`${unit.keywordLocation}/`)));
  return leaves.map((unit) => ({ pointer: unit.instanceLocation.replace(/^#/, ''), message: describeUnit(unit) }));
}

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/** The validator treats `type: "celsius"` as a type nothing matches: that is the schema's fault, not the value's. */
function unknownType(units: readonly OutputUnit[]): string | undefined {
  for (const unit of units) {
    if (unit.keyword !== 'type') continue;
    const expected = [...unit.error.matchAll(/"([^"]+)"/g)].slice(1).map((match) => match[1]!);
    const unknown = expected.find((type) => !JSON_TYPES.has(type));
    if (unknown !== undefined) return unknown;
  }
  return undefined;
}

/** Validates `value`; a schema that cannot be applied is reported as such, never thrown. */
export function validateJson(validator: Validator, value: unknown): JsonSchemaVerdict {
  try {
    const result = validator.validate(value);
    if (result.valid) return { valid: true };
    const unknown = unknownType(result.errors);
    if (unknown !== undefined) return { valid: 'unusable-schema', reason: `unknown type "${unknown}"` };
    return { valid: false, errors: leafErrors(result.errors) };
  } catch (error) {
    return { valid: 'unusable-schema', reason: error instanceof Error ? error.message : String(error) };
  }
}
