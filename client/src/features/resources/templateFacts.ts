// The facts of a resources/templates/list item the UI shows, read defensively.

export interface TemplateFacts {
  uriTemplate: string;
  name: string;
  title?: string;
  description?: string;
  mimeType?: string;
}

export function readTemplateFacts(item: Record<string, unknown>): TemplateFacts | undefined {
  if (typeof item.uriTemplate !== 'string') return undefined;
  const facts: TemplateFacts = { uriTemplate: item.uriTemplate, name: typeof item.name === 'string' ? item.name : item.uriTemplate };
  if (typeof item.title === 'string') facts.title = item.title;
  if (typeof item.description === 'string') facts.description = item.description;
  if (typeof item.mimeType === 'string') facts.mimeType = item.mimeType;
  return facts;
}

export function templateMatches(template: TemplateFacts, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  return (
    needle === '' ||
    template.uriTemplate.toLowerCase().includes(needle) ||
    template.name.toLowerCase().includes(needle) ||
    (template.title?.toLowerCase().includes(needle) ?? false)
  );
}
