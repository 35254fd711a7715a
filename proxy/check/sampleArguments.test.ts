import { describe, expect, it } from 'vitest';
import { sampleArguments } from './sampleArguments';

describe('sampleArguments', () => {
  it('fills required properties with the smallest valid values, and optional ones only with their defaults', () => {
    const args = sampleArguments({
      type: 'object',
      properties: {
        message: { type: 'string' },
        count: { type: 'integer', minimum: 3 },
        ratio: { type: 'number', exclusiveMinimum: 0, multipleOf: 0.25 },
        flag: { type: 'boolean' },
        tags: { type: 'array', items: { type: 'string', minLength: 2 }, minItems: 1 },
        level: { type: 'string', enum: ['debug', 'info'] },
        site: { type: 'string', format: 'uri' },
        nested: { type: 'object', properties: { id: { type: ['null', 'number'] } }, required: ['id'] },
        choice: { anyOf: [{ type: 'number', maximum: -1 }, { type: 'string' }] },
        verbose: { type: 'boolean', default: true },
        ignored: { type: 'string' },
      },
      required: ['message', 'count', 'ratio', 'flag', 'tags', 'level', 'site', 'nested', 'choice'],
    });
    expect(args).toEqual({
      message: 'a',
      count: 3,
      ratio: 0.5,
      flag: false,
      tags: ['aa'],
      level: 'debug',
      site: 'https://example.com/',
      nested: { id: 0 },
      choice: -1,
      verbose: true,
    });
  });

  it('copes with schemas that are missing, odd or self-referencing', () => {
    expect(sampleArguments(undefined)).toEqual({});
    expect(sampleArguments({ type: 'object' })).toEqual({});
    expect(sampleArguments({ type: 'object', properties: { x: { const: 7 } }, required: ['x', 'y'] })).toEqual({ x: 7, y: 'a' });
    const deep: Record<string, unknown> = { type: 'object', required: ['next'] };
    deep.properties = { next: deep };
    expect(JSON.stringify(sampleArguments(deep))).toContain('null');
  });
});
