// Fuzzy matching for pickers (the command palette): a query matches a text when its characters appear
// in order; the score prefers an exact name, then a prefix, then a contiguous run at a word start,
// then anywhere, then scattered characters (fewer gaps first, word starts preferred).

export interface FuzzyMatch {
  score: number;
  /** Positions in the text of the matched characters, for highlighting. */
  indices: number[];
}

const isWordStart = (text: string, index: number): boolean => index === 0 || /[^a-z0-9]/i.test(text[index - 1] ?? '') || (/[a-z]/.test(text[index - 1] ?? '') && /[A-Z]/.test(text[index] ?? ''));

const range = (start: number, length: number): number[] => Array.from({ length }, (_, i) => start + i);

function contiguousMatch(text: string, lower: string, needle: string): FuzzyMatch | undefined {
  if (lower === needle) return { score: 1000, indices: range(0, needle.length) };
  if (lower.startsWith(needle)) return { score: 900 - Math.min(lower.length - needle.length, 99), indices: range(0, needle.length) };
  let first = -1;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    if (isWordStart(text, at)) return { score: 700 - Math.min(at, 99), indices: range(at, needle.length) };
    if (first === -1) first = at;
  }
  return first === -1 ? undefined : { score: 500 - Math.min(first, 99), indices: range(first, needle.length) };
}

function scatteredMatch(text: string, lower: string, needle: string): FuzzyMatch | undefined {
  const indices: number[] = [];
  let from = 0;
  for (const char of needle) {
    const at = lower.indexOf(char, from);
    if (at === -1) return undefined;
    indices.push(at);
    from = at + 1;
  }
  const gaps = indices.reduce((sum, index, i) => sum + (i === 0 ? index : index - (indices[i - 1] ?? 0) - 1), 0);
  const wordStarts = indices.filter((index) => isWordStart(text, index)).length;
  return { score: Math.max(1, 300 - gaps * 3 + wordStarts * 10), indices };
}

/** How well a query matches a text (case-insensitive), or undefined when it does not. */
export function fuzzyMatch(query: string, text: string): FuzzyMatch | undefined {
  const needle = query.trim().toLowerCase();
  if (needle === '') return { score: 0, indices: [] };
  const lower = text.toLowerCase();
  return contiguousMatch(text, lower, needle) ?? scatteredMatch(text, lower, needle);
}

export interface Ranked<T> {
  item: T;
  match: FuzzyMatch;
}

/**
 * The items that match, best first. `primary` is the text shown (its match is highlighted); the
 * secondary texts (a title, a description) also match, at a lower score. Ties keep the given order.
 */
export function rankByQuery<T>(items: readonly T[], query: string, primary: (item: T) => string, secondary: (item: T) => readonly string[] = () => []): Ranked<T>[] {
  const ranked: (Ranked<T> & { order: number })[] = [];
  items.forEach((item, order) => {
    const main = fuzzyMatch(query, primary(item));
    const other = secondary(item).reduce<number | undefined>((best, text) => {
      const score = fuzzyMatch(query, text)?.score;
      return score === undefined ? best : Math.max(best ?? 0, score / 2);
    }, undefined);
    if (main && main.score >= (other ?? 0)) ranked.push({ item, match: main, order });
    else if (other !== undefined) ranked.push({ item, match: { score: other, indices: [] }, order });
  });
  return ranked.sort((a, b) => b.match.score - a.match.score || a.order - b.order).map(({ item, match }) => ({ item, match }));
}
