import { describe, expect, it } from 'vitest';
import { readTemplateFacts, templateMatches } from './templateFacts';

describe('readTemplateFacts', () => {
  it('reads the fields the list shows and skips items without a uriTemplate', () => {
    expect(readTemplateFacts({ uriTemplate: 'demo://{id}', name: 'Dynamic', mimeType: 'text/plain', extra: 1 })).toEqual({
      uriTemplate: 'demo://{id}',
      name: 'Dynamic',
      mimeType: 'text/plain',
    });
    expect(readTemplateFacts({ uriTemplate: 'demo://{id}' })).toEqual({ uriTemplate: 'demo://{id}', name: 'demo://{id}' });
    expect(readTemplateFacts({ name: 'no template' })).toBeUndefined();
  });

  it('matches the template, name or title, ignoring case', () => {
    const template = readTemplateFacts({ uriTemplate: 'demo://text/{id}', name: 'Dynamic Text', title: 'Texts' })!;
    expect(templateMatches(template, 'TEXT/')).toBe(true);
    expect(templateMatches(template, 'blob')).toBe(false);
  });
});
