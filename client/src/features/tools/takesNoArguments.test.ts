import { describe, expect, it } from 'vitest';
import { takesNoArguments } from './takesNoArguments';

describe('takesNoArguments', () => {
  it('is true for an object schema that names no property and invites none', () => {
    expect(takesNoArguments({ type: 'object' })).toBe(true);
    expect(takesNoArguments({ type: 'object', properties: {} })).toBe(true);
    expect(takesNoArguments({ type: 'object', properties: {}, additionalProperties: false })).toBe(true);
    // server-everything's zero-argument tools, as it lists them.
    expect(takesNoArguments({ type: 'object', properties: {}, $schema: 'http://json-schema.org/draft-07/schema#' })).toBe(true);
    expect(takesNoArguments({ type: 'object', title: 'Args', description: 'Nothing', required: [] })).toBe(true);
  });

  it('is false when the schema names a property, even an optional one', () => {
    expect(takesNoArguments({ type: 'object', properties: { count: { type: 'number' } } })).toBe(false);
  });

  it('is false when free-form arguments are invited, so an editor stays', () => {
    expect(takesNoArguments({ type: 'object', additionalProperties: true })).toBe(false);
    expect(takesNoArguments({ type: 'object', properties: {}, additionalProperties: { type: 'string' } })).toBe(false);
    expect(takesNoArguments({ type: 'object', patternProperties: { '^x-': {} } })).toBe(false);
    expect(takesNoArguments({ type: 'object', unevaluatedProperties: { type: 'number' } })).toBe(false);
  });

  it('is false when the schema requires something or composes other schemas', () => {
    expect(takesNoArguments({ type: 'object', required: ['id'] })).toBe(false);
    expect(takesNoArguments({ type: 'object', minProperties: 1 })).toBe(false);
    expect(takesNoArguments({ type: 'object', allOf: [{ properties: { a: {} } }] })).toBe(false);
    expect(takesNoArguments({ $ref: '#/$defs/Args', $defs: { Args: { type: 'object', properties: { a: {} } } } })).toBe(false);
    expect(takesNoArguments({ type: 'array' })).toBe(false);
  });
});
