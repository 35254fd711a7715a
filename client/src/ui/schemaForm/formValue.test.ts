import { describe, expect, it } from 'vitest';
import type { JsonSchema } from './describeSchema';
import { initialValueFor, newItemValue, pointerOf, withItem, withItemMoved, withProperty } from './formValue';
import { unplacedErrors } from './placeErrors';

describe('value shaping', () => {
  it('omits a property set to undefined (an emptied optional field) and keeps the others', () => {
    expect(withProperty({ a: 1, b: 'x' }, 'b', undefined)).toEqual({ a: 1 });
    expect(withProperty(undefined, 'a', null)).toEqual({ a: null });
    expect(withProperty({ a: 1, extra: true }, 'a', 2)).toEqual({ a: 2, extra: true });
    // A JSON view of the value must not reorder as the person types.
    expect(Object.keys(withProperty({ a: 1, b: 2 }, 'a', 3))).toEqual(['a', 'b']);
  });

  it('keeps arrays plain JSON: no holes, items moved in place', () => {
    expect(withItem([1, 2], 1, undefined)).toEqual([1, null]);
    expect(withItemMoved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
  });

  it('starts new array items from their default or an empty value of their type', () => {
    const root: JsonSchema = { $defs: { point: { type: 'object', properties: { x: { type: 'number', default: 0 } } } } };
    expect(newItemValue({ type: 'string' }, root)).toBe('');
    expect(newItemValue({ type: 'integer', minimum: 3 }, root)).toBe(3);
    expect(newItemValue({ type: 'boolean', default: true }, root)).toBe(true);
    expect(newItemValue({ enum: ['b', 'c'] }, root)).toBe('b');
    expect(newItemValue({ $ref: '#/$defs/point' }, root)).toEqual({ x: 0 });
    expect(newItemValue({ type: ['string', 'null'] }, root)).toBe(null);
  });

  it('collects declared defaults into a starting value, nested objects included', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        mode: { type: 'string', default: 'fast' },
        limit: { type: 'integer' },
        options: { type: 'object', properties: { verbose: { type: 'boolean', default: false }, depth: { type: 'integer' } } },
        empty: { type: 'object', properties: { a: { type: 'string' } } },
      },
    };
    expect(initialValueFor(schema)).toEqual({ mode: 'fast', options: { verbose: false } });
    expect(initialValueFor({ type: 'object', properties: { a: { type: 'string' } } })).toEqual({});
    // A required boolean is an unticked checkbox: it starts as false; an optional one stays unset.
    const flags = { type: 'object', required: ['agree'], properties: { agree: { type: 'boolean' }, extra: { type: 'boolean' } } } satisfies JsonSchema;
    expect(initialValueFor(flags)).toEqual({ agree: false });
  });

  it('writes JSON Pointers (RFC 6901) of value paths', () => {
    expect(pointerOf(['a/b', 0, 'c~d'])).toBe('/a~1b/0/c~0d');
    expect(pointerOf([])).toBe('');
  });
});

describe('unplacedErrors', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      tags: { type: 'array', items: { type: 'string' } },
      extra: { type: 'object', additionalProperties: true },
      note: { type: ['object', 'null'], properties: { text: { type: 'string' } } },
      fixed: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
      open: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: { type: 'number' } },
    },
    additionalProperties: false,
  };

  it('keeps errors of shown fields (and inside JSON editors) off the list, and lists the rest', () => {
    const errors = [
      { path: '/name', message: 'a' },
      { path: '/tags/1', message: 'b' },
      { path: '/extra/deep/key', message: 'c' },
      { path: '/note/text', message: 'd' },
      { path: '', message: 'root' },
      { path: '/unknown', message: 'e' },
      { path: '/tags/5', message: 'no such item' },
      { path: '/fixed/b', message: 'f' },
      { path: '/open/b', message: 'g' },
    ];
    const value = { name: 1, tags: ['a', 2], extra: {}, note: {}, unknown: true, fixed: {}, open: {} };
    // "/unknown" is in the root's other-properties editor; "/fixed/b" has no field nor editor to show it.
    expect(unplacedErrors(errors, schema, value).map((error) => error.message)).toEqual(['root', 'no such item', 'f']);
  });
});
