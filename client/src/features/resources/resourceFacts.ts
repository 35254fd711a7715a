// The facts of a resources/list item the UI shows, read defensively.

export interface ResourceFacts {
  uri: string;
  name: string;
  title?: string;
  description?: string;
  mimeType?: string;
  size?: number;
}

export function readResourceFacts(item: Record<string, unknown>): ResourceFacts | undefined {
  if (typeof item.uri !== 'string') return undefined;
  const facts: ResourceFacts = { uri: item.uri, name: typeof item.name === 'string' ? item.name : item.uri };
  if (typeof item.title === 'string') facts.title = item.title;
  if (typeof item.description === 'string') facts.description = item.description;
  if (typeof item.mimeType === 'string') facts.mimeType = item.mimeType;
  if (typeof item.size === 'number') facts.size = item.size;
  return facts;
}

export function resourceMatches(resource: ResourceFacts, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  return (
    needle === '' ||
    resource.uri.toLowerCase().includes(needle) ||
    resource.name.toLowerCase().includes(needle) ||
    (resource.title?.toLowerCase().includes(needle) ?? false)
  );
}
