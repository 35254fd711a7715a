// A fault rule, its text form and its parser. The grammar, one rule per string:
//   <action> [<arg>] [on <method>] [to server|to client] [every N] [after N]
// The clauses after the action may come in any order, each at most once. The parser names the word it
// could not read and what it expected there; `printFaultRule` gives the canonical text back. No zod
// here: the CLI checks --fault with this parser before the URL is printed (proxy/build.mjs).

/** Every action, with what its argument is. HTTP-only actions act on the HTTP exchange, not on a message. */
export const FAULT_ACTIONS = {
  delay: { argument: 'duration', httpOnly: false },
  drop: { argument: undefined, httpOnly: false },
  duplicate: { argument: undefined, httpOnly: false },
  reorder: { argument: undefined, httpOnly: false },
  corrupt: { argument: undefined, httpOnly: false },
  error: { argument: 'code', httpOnly: false },
  timeout: { argument: undefined, httpOnly: false },
  kill: { argument: undefined, httpOnly: false },
  status: { argument: 'status', httpOnly: true },
  'close-stream': { argument: undefined, httpOnly: true },
  'expire-session': { argument: undefined, httpOnly: true },
} as const satisfies Record<string, { argument: 'duration' | 'code' | 'status' | undefined; httpOnly: boolean }>;

export type FaultActionName = keyof typeof FAULT_ACTIONS;
export const FAULT_ACTION_NAMES = Object.keys(FAULT_ACTIONS) as [FaultActionName, ...FaultActionName[]];

/** Which way a rule's messages travel: `server` is client → server, `client` is server → client. */
export type FaultTarget = 'server' | 'client';

/** One parsed rule. Absent clauses match everything: every method, both ways, every match from the first. */
export interface FaultRule {
  action: FaultActionName;
  /** `delay`: milliseconds; `error`: the JSON-RPC error code; `status`: the HTTP status. */
  argument?: number;
  /** Requests and notifications with this method, and responses to requests with it. */
  method?: string;
  to?: FaultTarget;
  /** Acts on every Nth match (counted after the `after` ones): 1 is every match. */
  every?: number;
  /** The first N matches pass untouched. */
  after?: number;
}

/** A rule as a connection holds it: the text the person wrote, and whether it is on (schema: faultRuleEntry.ts). */
export interface FaultRuleEntry {
  rule: string;
  enabled: boolean;
}

export type FaultRuleParse = { ok: true; rule: FaultRule } | { ok: false; error: string };

const ACTION_LIST = Object.keys(FAULT_ACTIONS).join(', ');
const CLAUSES = 'on <method>, to server, to client, every N or after N';
const MAX_DELAY_MS = 10 * 60_000;

/** `700ms`, `2s`, `1.5s`, `1m`, or a bare number of milliseconds. */
function parseDuration(word: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(word);
  if (!match) return undefined;
  const scale = match[2] === 's' ? 1000 : match[2] === 'm' ? 60_000 : 1;
  return Math.round(Number(match[1]) * scale);
}

function parseArgument(action: FaultActionName, word: string | undefined): number | string {
  const kind = FAULT_ACTIONS[action].argument;
  const shown = word === undefined ? 'nothing' : `"${word}"`;
  if (kind === 'duration') {
    const ms = word === undefined ? undefined : parseDuration(word);
    if (ms === undefined) return `"delay" needs a duration such as 700ms or 2s, got ${shown}`;
    if (ms > MAX_DELAY_MS) return `"delay" is at most 10m, got "${word}"`;
    return ms;
  }
  const value = word !== undefined && /^-?\d+$/.test(word) ? Number(word) : undefined;
  if (kind === 'code') return value === undefined ? `"error" needs a JSON-RPC error code such as -32603, got ${shown}` : value;
  if (value === undefined || value < 100 || value > 599) return `"status" needs an HTTP status from 100 to 599, got ${shown}`;
  return value;
}

function parseCount(keyword: 'every' | 'after', word: string | undefined): number | string {
  const min = keyword === 'every' ? 1 : 0;
  if (word === undefined || !/^\d+$/.test(word) || Number(word) < min) {
    return `"${keyword}" needs a whole number${min === 1 ? ' of at least 1' : ''}, got ${word === undefined ? 'nothing' : `"${word}"`}`;
  }
  return Number(word);
}

/** Reads one rule; the error says which word is wrong and what was expected there. */
export function parseFaultRule(text: string): FaultRuleParse {
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  const fail = (error: string): FaultRuleParse => ({ ok: false, error });
  const actionWord = words.shift();
  if (actionWord === undefined) return fail(`A fault rule needs an action (${ACTION_LIST})`);
  const action = actionWord.toLowerCase();
  if (!(action in FAULT_ACTIONS)) return fail(`Unknown fault action "${actionWord}": expected one of ${ACTION_LIST}`);
  const rule: FaultRule = { action: action as FaultActionName };
  if (FAULT_ACTIONS[rule.action].argument !== undefined) {
    const argument = parseArgument(rule.action, words.shift());
    if (typeof argument === 'string') return fail(argument);
    rule.argument = argument;
  }
  const seen = new Set<string>();
  while (words.length > 0) {
    const keyword = words.shift()!;
    const clause = keyword.toLowerCase();
    if (!['on', 'to', 'every', 'after'].includes(clause)) {
      const where = seen.size === 0 && FAULT_ACTIONS[rule.action].argument === undefined ? `"${rule.action}" takes no argument; ` : '';
      return fail(`Unexpected "${keyword}": ${where}expected ${CLAUSES}`);
    }
    if (seen.has(clause)) return fail(`"${clause}" is given twice`);
    seen.add(clause);
    const value = words.shift();
    if (clause === 'on') {
      if (value === undefined || ['to', 'every', 'after'].includes(value.toLowerCase())) return fail(`"on" needs a method such as tools/call, got ${value === undefined ? 'nothing' : `"${value}"`}`);
      rule.method = value;
    } else if (clause === 'to') {
      const to = value?.toLowerCase();
      if (to !== 'server' && to !== 'client') return fail(`"to" needs "server" or "client", got ${value === undefined ? 'nothing' : `"${value}"`}`);
      rule.to = to;
    } else {
      const count = parseCount(clause as 'every' | 'after', value);
      if (typeof count === 'string') return fail(count);
      rule[clause as 'every' | 'after'] = count;
    }
  }
  const conflict = directionConflict(rule);
  return conflict ? fail(conflict) : { ok: true, rule };
}

/** Actions that only make sense one way. */
function directionConflict(rule: FaultRule): string | undefined {
  const toServerOnly = rule.action === 'status' || rule.action === 'expire-session';
  if (toServerOnly && rule.to === 'client') return `"${rule.action}" answers a request to the server over HTTP: it cannot be "to client"`;
  if (rule.action === 'close-stream' && rule.to === 'server') return '"close-stream" closes a stream the server sends on: it cannot be "to server"';
  return undefined;
}

function printDuration(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/** The canonical text of a rule: clauses in grammar order, durations in their shortest form. */
export function printFaultRule(rule: FaultRule): string {
  const words: string[] = [rule.action];
  if (rule.argument !== undefined) words.push(rule.action === 'delay' ? printDuration(rule.argument) : String(rule.argument));
  if (rule.method !== undefined) words.push('on', rule.method);
  if (rule.to !== undefined) words.push('to', rule.to);
  if (rule.every !== undefined) words.push('every', String(rule.every));
  if (rule.after !== undefined) words.push('after', String(rule.after));
  return words.join(' ');
}

/** Parses every rule or throws with the first error, naming the rule (for --fault and settings). */
export function parseFaultRules(texts: readonly string[]): FaultRule[] {
  return texts.map((text) => {
    const parsed = parseFaultRule(text);
    if (!parsed.ok) throw new Error(`Invalid fault rule "${text}": ${parsed.error}`);
    return parsed.rule;
  });
}

/** The rules a connection acts on: the enabled entries that parse (entries are checked when set). */
export function enabledFaultRules(entries: readonly FaultRuleEntry[] | undefined): FaultRule[] {
  return (entries ?? []).flatMap((entry) => {
    const parsed = entry.enabled ? parseFaultRule(entry.rule) : undefined;
    return parsed?.ok ? [parsed.rule] : [];
  });
}
