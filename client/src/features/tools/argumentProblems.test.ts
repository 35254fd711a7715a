import { describe, expect, it } from 'vitest';
import { validateAgainstSchema } from '../../ui/schemaForm';
import { argumentName, argumentProblems, callButtonLabel, parseArguments } from './argumentProblems';

const sentences = (problems: ReturnType<typeof argumentProblems>) => problems.map((problem) => `${problem.subject} ${problem.predicate}`);

describe('argumentProblems', () => {
  const schema = {
    type: 'object',
    properties: { message: { type: 'string' }, count: { type: 'number', maximum: 10 }, tags: { type: 'array', items: { type: 'string' } } },
    required: ['message'],
    additionalProperties: false,
  };

  it('words each schema error as a sentence naming the argument', () => {
    const { errors } = validateAgainstSchema(schema, { count: 11, tags: ['a', 2], extra: true });
    expect(sentences(argumentProblems(undefined, errors)).sort()).toEqual(
      ['message is required.', 'count must be at most 10.', 'tags › item 2 must be string.', 'extra is not allowed here.'].sort(),
    );
  });

  it('lists a parse error alone, so the errors of the last value that parsed never linger', () => {
    const { errors } = validateAgainstSchema(schema, {});
    expect(errors.length).toBeGreaterThan(0);
    const parsed = parseArguments('{"message": ');
    if (!('problem' in parsed)) throw new Error('expected a parse problem');
    expect(sentences(argumentProblems(parsed.problem, errors))).toEqual([expect.stringMatching(/^The JSON does not parse: .+\.$/)]);
  });

  it('reads an empty text as no arguments and refuses JSON that is not an object', () => {
    expect(parseArguments('  ')).toEqual({ value: {} });
    expect(parseArguments('{"a": [1]}')).toEqual({ value: { a: [1] } });
    for (const text of ['[1]', 'null', '"x"']) expect(parseArguments(text)).toEqual({ problem: { subject: 'The arguments', predicate: 'must be a JSON object.' } });
  });

  it('lists nothing for arguments that fit', () => {
    expect(argumentProblems(undefined, validateAgainstSchema(schema, { message: 'hi' }).errors)).toEqual([]);
  });
});

describe('argumentName', () => {
  it('names the arguments object, nested properties, items and escaped keys', () => {
    expect(argumentName('')).toBe('The arguments');
    expect(argumentName('/contacts/0/name')).toBe('contacts › item 1 › name');
    expect(argumentName('/a~1b/c~0d')).toBe('a/b › c~d');
    expect(argumentName('/0')).toBe('0');
  });
});

describe('callButtonLabel', () => {
  it('says how many fixes are needed before the click', () => {
    expect(callButtonLabel(false, 0)).toBe('Call tool');
    expect(callButtonLabel(false, 2)).toBe('Call tool — needs fixes (2)');
    expect(callButtonLabel(true, 2)).toBe('Calling…');
  });
});
