// The list filter of the named lists (Tools, Prompts): case-insensitive, on the name or the title.

/** True when the filter is empty or the item's name or title contains it, ignoring case. */
export function matchesNameOrTitle(item: { name: string; title?: string | undefined }, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  return needle === '' || item.name.toLowerCase().includes(needle) || (item.title?.toLowerCase().includes(needle) ?? false);
}
