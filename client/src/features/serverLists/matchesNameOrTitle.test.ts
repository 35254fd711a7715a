import { describe, expect, it } from 'vitest';
import { readPromptFacts } from '../prompts/promptFacts';
import { readToolFacts } from '../tools/toolFacts';
import { matchesNameOrTitle } from './matchesNameOrTitle';

describe('matchesNameOrTitle', () => {
  it('matches a tool by name or title, ignoring case; an empty filter matches all', () => {
    const tool = readToolFacts({ name: 'get-tiny-image', title: 'Tiny Image' });
    expect(matchesNameOrTitle(tool, 'TINY')).toBe(true);
    expect(matchesNameOrTitle(tool, 'image ')).toBe(true);
    expect(matchesNameOrTitle(tool, '')).toBe(true);
    expect(matchesNameOrTitle(tool, 'echo')).toBe(false);
  });

  it('matches a prompt by its title too', () => {
    const prompt = readPromptFacts({ name: 'forecast', title: 'Weather' })!;
    expect(matchesNameOrTitle(prompt, 'weath')).toBe(true);
    expect(matchesNameOrTitle(prompt, 'zzz')).toBe(false);
  });
});
