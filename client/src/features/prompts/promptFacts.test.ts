import { describe, expect, it } from 'vitest';
import { missingArguments, promptArguments, readPromptFacts } from './promptFacts';

describe('readPromptFacts', () => {
  it('reads the prompt and its arguments, with required markers', () => {
    expect(
      readPromptFacts({
        name: 'args-prompt',
        title: 'Arguments Prompt',
        arguments: [{ name: 'city', description: 'Name of the city', required: true }, { name: 'state' }, { nope: 1 }, 'x'],
      }),
    ).toEqual({
      name: 'args-prompt',
      title: 'Arguments Prompt',
      arguments: [
        { name: 'city', description: 'Name of the city', required: true },
        { name: 'state', required: false },
      ],
    });
    expect(readPromptFacts({ title: 'no name' })).toBeUndefined();
  });
});

describe('prompt arguments', () => {
  const prompt = readPromptFacts({ name: 'p', arguments: [{ name: 'city', required: true }, { name: 'state' }] })!;
  it('names the required arguments left empty', () => {
    expect(missingArguments(prompt, { state: 'WA' })).toEqual(['city']);
    expect(missingArguments(prompt, { city: 'Seattle' })).toEqual([]);
  });
  it('sends only filled-in values', () => {
    expect(promptArguments({ city: 'Seattle', state: '' })).toEqual({ city: 'Seattle' });
  });
});
