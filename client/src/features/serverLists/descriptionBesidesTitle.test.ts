import { describe, expect, it } from 'vitest';
import { descriptionBesidesTitle } from './descriptionBesidesTitle';

describe('descriptionBesidesTitle', () => {
  it('drops a description that repeats the title, case, spaces and a final period aside', () => {
    expect(descriptionBesidesTitle('Navigate to a URL', 'Navigate to a URL')).toBeUndefined();
    expect(descriptionBesidesTitle('Navigate to a URL', ' navigate to a URL. ')).toBeUndefined();
  });

  it('keeps a description that says more, or one without a title', () => {
    expect(descriptionBesidesTitle('Go back', 'Go back to the previous page in the history')).toBe('Go back to the previous page in the history');
    expect(descriptionBesidesTitle(undefined, 'Navigate to a URL')).toBe('Navigate to a URL');
    expect(descriptionBesidesTitle('Navigate', undefined)).toBeUndefined();
    expect(descriptionBesidesTitle('Navigate', '')).toBeUndefined();
  });
});
