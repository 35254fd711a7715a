// Validates a value against a JSON Schema, choosing the draft by `$schema` (2020-12 when absent, as MCP
// 2025-11-25 specifies), and reports errors at the JSON Pointer of the value they are about.
//
// Why @cfworker/json-schema and not Ajv: Ajv compiles each schema into JavaScript with `new Function`,
// which the UI's Content-Security-Policy (`script-src 'self'`) rightly forbids, and the schemas come
// from the servers being inspected, so generating code from them is what we must not do anyway. The
// MCP SDK uses the same library where code generation is not allowed.
import type { OutputUnit, Validator } from '@cfworker/json-schema';
import { createSchemaValidator } from '../../../../shared/schemaValidator';
import type { JsonSchema } from './describeSchema';

/** One validation failure: `path` is the JSON Pointer of the offending value ("" for the root). */
export interface SchemaError {
  path: string;
  message: string;
}

export interface SchemaValidation {
  valid: boolean;
  errors: SchemaError[];
}

// One validator per schema object: a schema is prepared once however often the value changes.
const validators = new WeakMap<object, Validator>();

function validatorFor(schema: JsonSchema): Validator {
  const cached = validators.get(schema);
  if (cached) return cached;
  // All errors, not the first: the form shows every field that is wrong at once.
  // A server's schema is untrusted input: the validator copes with unknown types (see messageFor).
  const validator = createSchemaValidator(schema);
  validators.set(schema, validator);
  return validator;
}

/** "#/tags/1" → "/tags/1"; "#" → "". */
const pointerOf = (instanceLocation: string) => instanceLocation.replace(/^#/, '');

const escapePointerToken = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/** Thrown for a schema no validator can apply: reported as one error at the root. */
class InvalidSchemaError extends Error {}

const lastNumber = (text: string) => /(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\)?\.?$/i.exec(text)?.[1] ?? '?';

/** Short messages in one voice and in words ("must be at most 5"), read from the validator's keyword and wording. */
function messageFor(unit: OutputUnit): string {
  switch (unit.keyword) {
    case 'type': {
      const expected = [...unit.error.matchAll(/"([^"]+)"/g)].slice(1).map((match) => match[1]!);
      const unknown = expected.find((type) => !JSON_TYPES.has(type));
      if (unknown !== undefined) throw new InvalidSchemaError(`unknown type "${unknown}"`);
      return `must be ${expected.join(' or ')}`;
    }
    case 'maximum':
      return `must be at most ${lastNumber(unit.error)}`;
    case 'minimum':
      return `must be at least ${lastNumber(unit.error)}`;
    case 'exclusiveMaximum':
      return `must be less than ${lastNumber(unit.error)}`;
    case 'exclusiveMinimum':
      return `must be greater than ${lastNumber(unit.error)}`;
    case 'minLength':
      return `must have at least ${lastNumber(unit.error)} characters`;
    case 'maxLength':
      return `must have at most ${lastNumber(unit.error)} characters`;
    case 'minItems':
      return `must have at least ${lastNumber(unit.error)} items`;
    case 'maxItems':
      return `must have at most ${lastNumber(unit.error)} items`;
    case 'enum':
      return 'must be equal to one of the allowed values';
    case 'const':
      return 'must be equal to the allowed value';
    case 'format':
      return `must match format "${/format "([^"]+)"/.exec(unit.error)?.[1] ?? '?'}"`;
    case 'pattern':
      return 'must match the pattern';
    default:
      return unit.error.replace(/^Instance /, 'Value ');
  }
}

const isChoice = (unit: OutputUnit) => unit.keyword === 'anyOf' || unit.keyword === 'oneOf';

const isUnder = (unit: OutputUnit, parent: OutputUnit) => unit !== parent && unit.keywordLocation.startsWith(`${parent.keywordLocation}/`);

/**
 * The validator's output as field errors. It reports every level ("property x does not match",
 * then why); only the leaves say something a person can act on. The failures of each branch of a
 * failed anyOf/oneOf fold into the choice's one error, and "required" lands on the missing property.
 */
export function toSchemaErrors(allUnits: readonly OutputUnit[]): SchemaError[] {
  // A `false` schema (additionalProperties: false, …) restates its parent's error in worse words.
  const units = allUnits.filter((unit) => unit.keyword !== 'false');
  const choices = units.filter(isChoice);
  const outsideChoices = units.filter((unit) => !choices.some((choice) => isUnder(unit, choice)));
  const leaves = outsideChoices.filter((unit) => isChoice(unit) || !outsideChoices.some((other) => isUnder(other, unit)));
  return leaves.map((unit) => {
    const path = pointerOf(unit.instanceLocation);
    const property = /property "(.*)"/i.exec(unit.error)?.[1];
    if (unit.keyword === 'required' && property !== undefined) return { path: `${path}/${escapePointerToken(property)}`, message: 'is required' };
    if (unit.keyword === 'additionalProperties' && property !== undefined) {
      return { path: `${path}/${escapePointerToken(property)}`, message: 'is not allowed here' };
    }
    if (isChoice(unit)) return { path, message: 'must be one of the allowed choices' };
    return { path, message: messageFor(unit) };
  });
}

/** Validates `value` against `schema`; a schema that cannot be used is reported as one error at the root. */
export function validateAgainstSchema(schema: JsonSchema, value: unknown): SchemaValidation {
  try {
    const result = validatorFor(schema).validate(value);
    return result.valid ? { valid: true, errors: [] } : { valid: false, errors: toSchemaErrors(result.errors) };
  } catch (error) {
    return { valid: false, errors: [{ path: '', message: `The schema is invalid: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
