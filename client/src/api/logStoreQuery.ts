// The log's filter: a small query language (`method:tools/call id:7 kind:error -dir:in timeout`) plus
// the structured toggles of the filter bar, compiled once into a predicate the filtered view runs per
// entry. Same key twice = either; different keys and free-text words = all of them; `-` negates a term.
import { pinSeqOf, type LogEntry, type LogKind } from './logEntry';

export const LOG_KINDS: readonly LogKind[] = ['request', 'response', 'error', 'notification', 'invalid', 'stderr', 'stdout', 'transport', 'fault', 'app'];

/** What the filter bar holds: the typed query and the toggles next to it. */
export interface LogFilter {
  query: string;
  errorsOnly: boolean;
  direction: 'all' | 'outgoing' | 'incoming';
  /** Empty means every kind. */
  kinds: readonly LogKind[];
}

export const EMPTY_LOG_FILTER: LogFilter = { query: '', errorsOnly: false, direction: 'all', kinds: [] };

/** Gives an entry's searchable text (lower case); the view caches it. */
export type SearchTextOf = (entry: LogEntry) => string;

type Predicate = (entry: LogEntry, textOf: SearchTextOf) => boolean;

const NO_PINS: ReadonlySet<number> = new Set();

/** Whether a query asks for pinned rows (then its compiled filter depends on the pins). */
export function mentionsPinned(query: string): boolean {
  return tokenizeLogQuery(query).some((term) => /^-?is:pinned$/i.test(term));
}

/** A compiled filter; `errors` name the query terms that were not understood (they match nothing). */
export interface CompiledLogFilter {
  readonly matches: Predicate;
  /** True when the filter lets every entry through (the view can skip testing). */
  readonly matchesAll: boolean;
  readonly errors: readonly string[];
}

const DIRECTION_WORDS: Record<string, 'outgoing' | 'incoming'> = {
  out: 'outgoing',
  outgoing: 'outgoing',
  sent: 'outgoing',
  c2s: 'outgoing',
  in: 'incoming',
  incoming: 'incoming',
  received: 'incoming',
  s2c: 'incoming',
};

const KIND_WORDS: Record<string, LogKind> = { ...Object.fromEntries(LOG_KINDS.map((k) => [k, k])), req: 'request', res: 'response', notif: 'notification' };

/** Splits a query into terms, keeping "quoted phrases" (and key:"quoted values") together. */
export function tokenizeLogQuery(query: string): string[] {
  const terms: string[] = [];
  const pattern = /(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/g;
  for (const match of query.matchAll(pattern)) {
    const [, negation, key, quoted, bare] = match;
    const value = quoted ?? bare ?? '';
    terms.push(`${negation}${key ? `${key}:` : ''}${value}`);
  }
  return terms.filter((term) => term !== '' && term !== '-');
}

/** True for a response, error or event that reports a failure. */
export function isErrorEntry(entry: LogEntry): boolean {
  if (entry.kind === 'error' || entry.kind === 'invalid') return true;
  const event = entry.event;
  if (event.kind === 'transport') {
    const t = event.event;
    return t.type === 'error' || (t.type === 'exited' && (t.signal !== null || (t.code !== null && t.code !== 0))) || (t.type === 'http' && t.status >= 400);
  }
  if (entry.kind === 'response' && event.kind === 'message') {
    const result = (event.message as { result?: { isError?: unknown } } | null)?.result;
    return typeof result === 'object' && result !== null && result.isError === true;
  }
  return false;
}

function methodPredicate(value: string): Predicate {
  if (!value.includes('*')) return (entry) => entry.method === value;
  const source = value.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*');
  const regex = new RegExp(`^${source}$`);
  return (entry) => entry.method !== undefined && regex.test(entry.method);
}

/** One `key:value` term as a predicate, or an error message. */
function keyedPredicate(key: string, value: string, pinned: ReadonlySet<number>): Predicate | string {
  switch (key) {
    case 'method':
    case 'm':
      return methodPredicate(value);
    case 'id':
      return (entry) => entry.id !== undefined && String(entry.id) === value;
    case 'kind':
    case 'k': {
      const kind = KIND_WORDS[value.toLowerCase()];
      return kind ? (entry) => entry.kind === kind : `Unknown kind "${value}" (one of ${LOG_KINDS.join(', ')})`;
    }
    case 'dir':
    case 'direction': {
      const direction = DIRECTION_WORDS[value.toLowerCase()];
      return direction ? (entry) => entry.direction === direction : `Unknown direction "${value}" (in or out)`;
    }
    case 'is':
      if (value === 'error' || value === 'errors') return isErrorEntry;
      if (value === 'pending' || value === 'unanswered') return (entry) => entry.kind === 'request' && entry.pairSeq === undefined;
      if (value === 'pinned') return (entry) => pinned.has(pinSeqOf(entry));
      return `Unknown "is:${value}" (is:error, is:pending or is:pinned)`;
    case 'seq':
      return (entry) => String(entry.seq) === value;
    default:
      return `Unknown filter "${key}:" (method:, id:, kind:, dir:, is:, seq:)`;
  }
}

const KNOWN_KEYS = new Set(['method', 'm', 'id', 'kind', 'k', 'dir', 'direction', 'is', 'seq']);

function allOf(predicates: Predicate[]): Predicate {
  if (predicates.length === 1) return predicates[0]!;
  return (entry, textOf) => predicates.every((p) => p(entry, textOf));
}

function anyOf(predicates: Predicate[]): Predicate {
  if (predicates.length === 1) return predicates[0]!;
  return (entry, textOf) => predicates.some((p) => p(entry, textOf));
}

/** Parses the typed query: keyed terms grouped by key (either of), free words all required. */
function compileQuery(query: string, pinned: ReadonlySet<number>, errors: string[]): Predicate[] {
  const groups = new Map<string, Predicate[]>();
  const clauses: Predicate[] = [];
  for (const term of tokenizeLogQuery(query)) {
    const negated = term.startsWith('-') && term.length > 1;
    const body = negated ? term.slice(1) : term;
    const colon = body.indexOf(':');
    const key = colon > 0 ? body.slice(0, colon).toLowerCase() : '';
    let predicate: Predicate;
    if (KNOWN_KEYS.has(key)) {
      const made = keyedPredicate(key, body.slice(colon + 1), pinned);
      if (typeof made === 'string') {
        errors.push(made);
        continue;
      }
      predicate = made;
    } else {
      const needle = body.toLowerCase();
      predicate = (entry, textOf) => textOf(entry).includes(needle);
    }
    if (negated) {
      const positive = predicate;
      clauses.push((entry, textOf) => !positive(entry, textOf));
    } else if (key && KNOWN_KEYS.has(key)) {
      const group = groups.get(key) ?? [];
      group.push(predicate);
      groups.set(key, group);
    } else clauses.push(predicate);
  }
  for (const group of groups.values()) clauses.push(anyOf(group));
  return clauses;
}

/** Compiles the filter bar's state into one predicate; `is:pinned` matches the exchanges whose request seq is in `pinned`. */
export function compileLogFilter(filter: LogFilter, pinned: ReadonlySet<number> = NO_PINS): CompiledLogFilter {
  const errors: string[] = [];
  const clauses = compileQuery(filter.query, pinned, errors);
  if (filter.errorsOnly) clauses.unshift(isErrorEntry);
  if (filter.direction !== 'all') {
    const direction = filter.direction;
    clauses.unshift((entry) => entry.direction === direction);
  }
  if (filter.kinds.length > 0) {
    const kinds = new Set(filter.kinds);
    clauses.unshift((entry) => kinds.has(entry.kind));
  }
  if (errors.length > 0) return { matches: () => false, matchesAll: false, errors };
  if (clauses.length === 0) return { matches: () => true, matchesAll: true, errors };
  return { matches: allOf(clauses), matchesAll: false, errors };
}
