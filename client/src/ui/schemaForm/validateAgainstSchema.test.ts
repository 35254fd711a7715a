import { describe, expect, it } from 'vitest';
import type { JsonSchema } from './describeSchema';
import { validateAgainstSchema } from './validateAgainstSchema';

const draft07 = 'http://json-schema.org/draft-07/schema#';
const draft2020 = 'https://json-schema.org/draft/2020-12/schema';

describe('validateAgainstSchema', () => {
  it('accepts a valid value and reports each invalid field at its JSON Pointer', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { name: { type: 'string', minLength: 2 }, count: { type: 'integer', minimum: 1, maximum: 5 } },
      required: ['name'],
    };
    expect(validateAgainstSchema(schema, { name: 'ok', count: 3 })).toEqual({ valid: true, errors: [] });
    const result = validateAgainstSchema(schema, { count: 9 });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      { path: '/name', message: 'is required' },
      { path: '/count', message: 'must be at most 5' },
    ]);
  });

  it('checks formats (email, uri, date, date-time)', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        email: { type: 'string', format: 'email' },
        site: { type: 'string', format: 'uri' },
        day: { type: 'string', format: 'date' },
        at: { type: 'string', format: 'date-time' },
      },
    };
    expect(validateAgainstSchema(schema, { email: 'a@b.co', site: 'https://x.dev/', day: '2025-01-31', at: '2025-01-31T12:00:00Z' }).valid).toBe(true);
    const paths = validateAgainstSchema(schema, { email: 'nope', site: 'not a uri', day: '2025-13-40', at: 'yesterday' }).errors.map((error) => error.path);
    expect(paths).toEqual(['/email', '/site', '/day', '/at']);
  });

  it('validates draft-07 schemas (definitions, items as one schema) when $schema says so', () => {
    const schema: JsonSchema = {
      $schema: draft07,
      definitions: { tag: { type: 'string', enum: ['a', 'b'] } },
      type: 'object',
      properties: { tags: { type: 'array', items: { $ref: '#/definitions/tag' } } },
    };
    expect(validateAgainstSchema(schema, { tags: ['a', 'b'] }).valid).toBe(true);
    expect(validateAgainstSchema(schema, { tags: ['a', 'c'] }).errors).toEqual([{ path: '/tags/1', message: 'must be equal to one of the allowed values' }]);
  });

  it('uses 2020-12 by default and for 2020-12 schemas ($defs, prefixItems)', () => {
    const pair: JsonSchema = { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }], items: false as unknown as JsonSchema };
    expect(validateAgainstSchema(pair, ['a', 1]).valid).toBe(true);
    expect(validateAgainstSchema(pair, ['a', 1, 2]).valid).toBe(false);
    const withDefs: JsonSchema = { $schema: draft2020, $defs: { point: { type: 'object', properties: { x: { type: 'number' } } } }, $ref: '#/$defs/point' };
    expect(validateAgainstSchema(withDefs, { x: 'one' }).errors).toEqual([{ path: '/x', message: 'must be number' }]);
  });

  it('folds the branch failures of a titled enum or nullable union into one error on the field', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        size: { oneOf: [{ const: 's', title: 'Small' }, { const: 'l', title: 'Large' }] },
        note: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      },
    };
    expect(validateAgainstSchema(schema, { size: 'l', note: null }).valid).toBe(true);
    expect(validateAgainstSchema(schema, { size: 'm', note: 3 }).errors).toEqual([
      { path: '/size', message: 'must be one of the allowed choices' },
      { path: '/note', message: 'must be one of the allowed choices' },
    ]);
  });

  it('validates schemas of other dialects (draft-04, draft-06, custom) as their nearest draft', () => {
    for (const dialect of ['http://json-schema.org/draft-04/schema#', 'http://json-schema.org/draft-06/schema#', 'https://example.com/dialect']) {
      expect(validateAgainstSchema({ $schema: dialect, type: 'object', properties: { a: { type: 'string' } } }, { a: 1 }).errors, dialect).toEqual([
        { path: '/a', message: 'must be string' },
      ]);
    }
  });

  it('escapes property names in error paths and reports an invalid schema instead of throwing', () => {
    expect(validateAgainstSchema({ type: 'object', required: ['a/b'] }, {}).errors).toEqual([{ path: '/a~1b', message: 'is required' }]);
    const broken = validateAgainstSchema({ type: 'strnig' }, 'x');
    expect(broken.valid).toBe(false);
    expect(broken.errors[0]?.message).toMatch(/^The schema is invalid/);
  });

  it('names a property that additionalProperties forbids, once', () => {
    const schema: JsonSchema = { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false };
    expect(validateAgainstSchema(schema, { a: 'x', b: 1 }).errors).toEqual([{ path: '/b', message: 'is not allowed here' }]);
  });

  it('lets two schemas with the same $id be validated side by side', () => {
    expect(validateAgainstSchema({ $id: 'https://example.com/same.json', type: 'string' }, 'x').valid).toBe(true);
    expect(validateAgainstSchema({ $id: 'https://example.com/same.json', type: 'number' }, 1).valid).toBe(true);
  });
});
