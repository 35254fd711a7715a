import { describe, expect, it } from 'vitest';
import { ARGUMENT_LIMITS, buildArguments, sampleArguments } from './sampleArguments';

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
  });

  it('follows local $refs and merges allOf', () => {
    const schema = {
      type: 'object',
      $defs: { point: { type: 'object', properties: { x: { type: 'integer' } }, required: ['x'] } },
      properties: {
        at: { $ref: '#/$defs/point' },
        size: { allOf: [{ type: 'number', minimum: 2 }, { type: 'integer', minimum: 3 }] },
        list: { type: 'array', prefixItems: [{ type: 'boolean' }], items: { type: 'string' }, minItems: 2 },
      },
      required: ['at', 'size', 'list'],
    };
    expect(buildArguments(schema)).toEqual({ ok: true, arguments: { at: { x: 0 }, size: 3, list: [false, 'a'] } });
  });
});

/** A tool schema whose one required property `x` has this schema. */
const hostile = (x: unknown, extra: Record<string, unknown> = {}) => ({ type: 'object', properties: { x }, required: ['x'], ...extra });

describe('sampleArguments on hostile schemas', () => {
  const cases: [string, unknown, RegExp][] = [
    ['a 600-million-character minLength', hostile({ type: 'string', minLength: 600_000_000 }), /`x` asks for at least 600000000 characters; check sends at most 10000/],
    ['a 2^32-item minItems', hostile({ type: 'array', minItems: 2 ** 32 }), /`x` asks for at least 4294967296 items; check sends at most 1000/],
    ['a self-referencing $ref', { type: 'object', properties: { child: { $ref: '#' } }, required: ['child'] }, /nest deeper than 8 levels at `child\.child/],
    ['a $ref to itself', hostile({ $ref: '#/properties/x' }), /nest deeper than 8 levels/],
    ['an unsatisfiable allOf', hostile({ allOf: [{ type: 'string' }, { type: 'number' }] }), /allOf at `x` asks for types that exclude each other/],
    ['contradictory min/max', hostile({ type: 'integer', minimum: 10, maximum: 5 }), /no integer fits the bounds of `x` \(minimum 10, maximum 5\)/],
    ['minLength over maxLength', hostile({ type: 'string', minLength: 5, maxLength: 2 }), /at least 5 characters and at most 2/],
    ['`not: {}`', hostile({ not: {} }), /`not` at `x` excludes/],
    ['a `false` schema', hostile(false), /`x` is `false`/],
    ['an empty enum', hostile({ enum: [] }), /enum of `x` is empty/],
    ['a remote $ref', hostile({ $ref: 'https://example.com/schema.json' }), /refers to https:\/\/example\.com\/schema\.json/],
    ['a dangling $ref', hostile({ $ref: '#/$defs/missing' }), /points at no schema/],
    ['no alternative that can be built', hostile({ anyOf: [{ type: 'string', minLength: 1e9 }, { enum: [] }] }), /enum of `x` is empty/],
    ['nested arrays that multiply', hostile({ type: 'array', minItems: 1000, items: { type: 'array', minItems: 1000, items: { type: 'string', minLength: 1000 } } }), /too complex|exceed/],
    ['alternatives that branch at every level', hostile({ $ref: '#/$defs/t' }, { $defs: { t: { anyOf: [{ type: 'object', properties: { a: { $ref: '#/$defs/t' } }, required: ['a'] }, { type: 'object', properties: { b: { $ref: '#/$defs/t' } }, required: ['b'] }] } } }), /too complex|nest deeper/],
  ];
  for (const [what, schema, problem] of cases) {
    it(`reports ${what} instead of throwing or hanging`, () => {
      const started = performance.now();
      const built = buildArguments(schema);
      expect(built).toEqual({ ok: false, problem: expect.stringMatching(problem) });
      expect(sampleArguments(schema)).toEqual({});
      // Generous for a loaded machine; an unbounded builder takes minutes or runs out of memory.
      expect(performance.now() - started).toBeLessThan(2_000);
    });
  }

  it('takes the first value of an enormous enum without reading the rest', () => {
    const huge = Array.from({ length: 1_000_000 }, (_, index) => `v${index}`);
    expect(buildArguments(hostile({ enum: huge }))).toEqual({ ok: true, arguments: { x: 'v0' } });
  });

  it('builds values up to its caps, and a property named __proto__ as a property', () => {
    const built = buildArguments(hostile({ type: 'string', minLength: ARGUMENT_LIMITS.maxStringLength }, { properties: { x: { type: 'string', minLength: ARGUMENT_LIMITS.maxStringLength }, ['__proto__']: { const: 1 } }, required: ['x', '__proto__'] }));
    expect(built.ok && (built.arguments.x as string).length).toBe(ARGUMENT_LIMITS.maxStringLength);
    expect(built.ok && JSON.parse(JSON.stringify(built.arguments))).toEqual(JSON.parse(`{"x":"${'a'.repeat(ARGUMENT_LIMITS.maxStringLength)}","__proto__":1}`));
  });

  it('reports a JS-level cycle (a schema object that contains itself) as recursion', () => {
    // Before: the cycle was cut with `null`, a value the schema does not allow, and the tool was called with it.
    const deep: Record<string, unknown> = { type: 'object', required: ['next'] };
    deep.properties = { next: deep };
    expect(buildArguments(deep)).toEqual({ ok: false, problem: expect.stringMatching(/nest deeper than 8 levels at `next\.next/) });
  });
});
