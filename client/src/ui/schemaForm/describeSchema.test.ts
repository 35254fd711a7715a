import { describe, expect, it } from 'vitest';
import { describeField, describeSchema, resolveRefs, type JsonSchema } from './describeSchema';

describe('describeSchema', () => {
  it('gives primitives their widgets', () => {
    expect(describeSchema({ type: 'string', format: 'email' })).toEqual({ kind: 'string', format: 'email' });
    expect(describeSchema({ type: 'integer' })).toEqual({ kind: 'number', integer: true });
    expect(describeSchema({ type: 'number' })).toEqual({ kind: 'number', integer: false });
    expect(describeSchema({ type: 'boolean' })).toEqual({ kind: 'boolean' });
  });

  it('reads plain, titled (oneOf/anyOf of const) and legacy enumNames enums', () => {
    expect(describeSchema({ type: 'string', enum: ['a', 'b'] })).toEqual({ kind: 'enum', options: [{ value: 'a', label: 'a' }, { value: 'b', label: 'b' }] });
    expect(describeSchema({ oneOf: [{ const: 1, title: 'One' }, { const: 2 }] })).toEqual({ kind: 'enum', options: [{ value: 1, label: 'One' }, { value: 2, label: '2' }] });
    expect(describeSchema({ anyOf: [{ const: 'x', title: 'Ex' }] })).toEqual({ kind: 'enum', options: [{ value: 'x', label: 'Ex' }] });
    expect(describeSchema({ type: 'string', enum: ['lo', 'hi'], enumNames: ['Low', 'High'] })).toEqual({
      kind: 'enum',
      options: [{ value: 'lo', label: 'Low' }, { value: 'hi', label: 'High' }],
    });
  });

  it('recognises both spellings of a nullable union, keeping the outer title', () => {
    expect(describeSchema({ type: ['string', 'null'], title: 'Note' })).toEqual({ kind: 'nullable', inner: { type: 'string', title: 'Note' } });
    expect(describeSchema({ title: 'Age', anyOf: [{ type: 'integer' }, { type: 'null' }] })).toEqual({ kind: 'nullable', inner: { type: 'integer', title: 'Age' } });
  });

  it('infers objects and arrays without a type, and falls back to JSON for what a form cannot show', () => {
    expect(describeSchema({ properties: { a: { type: 'string' } } }).kind).toBe('object');
    expect(describeSchema({ items: { type: 'string' } }).kind).toBe('array');
    const fallbacks: JsonSchema[] = [
      {},
      { type: 'object' },
      { type: 'object', additionalProperties: { type: 'string' } },
      { allOf: [{ type: 'string' }] },
      { type: ['string', 'number'] },
      { anyOf: [{ type: 'string' }, { type: 'number' }] },
      { type: 'array', prefixItems: [{ type: 'string' }] },
      { type: 'array', items: [{ type: 'string' }] },
    ];
    for (const schema of fallbacks) expect(describeSchema(schema).kind, JSON.stringify(schema)).toBe('json');
  });
});

describe('resolveRefs and describeField', () => {
  const root: JsonSchema = {
    $defs: { name: { type: 'string', title: 'Name' } },
    definitions: { 'a/b': { type: 'number' } },
    properties: { loop: { $ref: '#/properties/loop' }, node: { $ref: '#' } },
  };

  it('follows #/$defs and #/definitions refs (with escaped pointers), siblings winning', () => {
    expect(resolveRefs({ $ref: '#/$defs/name', description: 'Who' }, root)).toEqual({ type: 'string', title: 'Name', description: 'Who' });
    expect(resolveRefs({ $ref: '#/definitions/a~1b' }, root)).toEqual({ type: 'number' });
  });

  it('edits as JSON a ref it cannot follow, a ref cycle, and recursion past the depth limit', () => {
    expect(describeField({ $ref: '#/$defs/missing' }, root, 0).shape.kind).toBe('json');
    expect(describeField({ $ref: 'https://example.com/other.json' }, root, 0).shape.kind).toBe('json');
    expect(describeField({ $ref: '#/properties/loop' }, root, 0).shape.kind).toBe('json');
    expect(describeField({ $ref: '#' }, root, 1).shape.kind).toBe('object');
    expect(describeField({ $ref: '#' }, root, 13).shape).toEqual({ kind: 'json', reason: 'nesting too deep for a form' });
  });
});
