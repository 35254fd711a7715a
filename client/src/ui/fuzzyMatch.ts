// Fuzzy matching for pickers (the command palette): a query matches a text when its characters appear
// in order; the score prefers an exact name, then a prefix, then a contiguous run at a word start,
// then anywhere, then scattered characters (fewer gaps first, word starts preferred). Ranking keeps
// scattered matches only when nothing matches contiguously: "long" should find the long-running tool,
// not every description holding an l, an o, an n and a g.

export interface FuzzyMatch {
  score: number;
  /** Positions in the text of the matched characters, for highlighting. */
  indices: number[];
}

const isWordStart = (text: string, index: number): boolean => index === 0 || /[^a-z0-9]/i.test(text[index - 1] ?? '') || (/[a-z]/.test(text[index - 1] ?? '') && /[A-Z]/.test(text[index] ?? ''));

/** Scores from here up are a contiguous run starting a word (or the whole text, or its prefix). */
const WORD_START_MIN = 600;
/** Scores from here up are a contiguous run anywhere; scattered matches stay below. */
const CONTIGUOUS_MIN = 400;
const SCATTERED_MAX = CONTIGUOUS_MIN - 1;

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
  return { score: Math.max(1, Math.min(SCATTERED_MAX, 300 - gaps * 3 + wordStarts * 10)), indices };
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
 * secondary texts (a title, a description) also match, at a lower score, but only where a word starts
 * with the query. When anything matches contiguously, scattered matches are dropped. Ties keep the
 * given order.
 */
export function rankByQuery<T>(items: readonly T[], query: string, primary: (item: T) => string, secondary: (item: T) => readonly string[] = () => []): Ranked<T>[] {
  const ranked: (Ranked<T> & { order: number; contiguous: boolean })[] = [];
  items.forEach((item, order) => {
    const main = fuzzyMatch(query, primary(item));
    const other = secondary(item).reduce<number | undefined>((best, text) => {
      const score = fuzzyMatch(query, text)?.score;
      return score === undefined || score < WORD_START_MIN ? best : Math.max(best ?? 0, score / 2);
    }, undefined);
    const contiguous = (main !== undefined && main.score >= CONTIGUOUS_MIN) || other !== undefined;
    if (main && main.score >= (other ?? 0)) ranked.push({ item, match: main, order, contiguous });
    else if (other !== undefined) ranked.push({ item, match: { score: other, indices: [] }, order, contiguous });
  });
  const anyContiguous = query.trim() !== '' && ranked.some((entry) => entry.contiguous);
  return ranked
    .filter((entry) => !anyContiguous || entry.contiguous)
    .sort((a, b) => b.match.score - a.match.score || a.order - b.order)
    .map(({ item, match }) => ({ item, match }));
}
