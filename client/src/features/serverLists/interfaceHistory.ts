// What a connection's log says about the server's interface over the session: each list's definitions
// as first listed (the baseline that drift is marked against) and, per tool, the definition it had when
// it was first called. Read from the log rather than kept beside the lists, so it spans every attempt of
// the connection (a restarted server's changes show too), survives a tab switch, and needs no cleanup.
import { startsConnectionAttempt } from '../../../../shared/requestPairing';
import type { Definition } from '../../../../shared/artifacts/interfaceDrift';
import type { LogEntry } from '../../api/logEntry';
import { LIST_KINDS, readListPage, type ListKind } from './listKinds';

/** One list's definitions as first listed. */
export interface ListBaseline {
  /** By key (name, URI, URI template), each as the first listing gave it. */
  definitions: ReadonlyMap<string, Definition>;
  /** The first listing reached its last page, so a key missing from it was not there. */
  complete: boolean;
}

/** An immutable view of the history; a new object after each change. */
export interface InterfaceHistorySnapshot {
  baselines: Partial<Record<ListKind, ListBaseline>>;
  /** The tools called in this session, each with the definition listed when it was first called (if any was). */
  firstCalls: ReadonlyMap<string, Definition | undefined>;
}

interface OpenBaseline {
  definitions: Map<string, Definition>;
  complete: boolean;
  /** A change signal (list_changed, a new connection attempt) came after it: nothing joins it any more. */
  settled: boolean;
}

const KINDS = Object.keys(LIST_KINDS) as ListKind[];
const LIST_METHODS = new Map(KINDS.map((kind) => [LIST_KINDS[kind].method, kind]));

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const messageOf = (entry: LogEntry) => (entry.event.kind === 'message' ? asRecord(entry.event.message) : undefined);

/** Reads a connection's log entries in order, one at a time, so a growing log is read only once. */
export class InterfaceHistory {
  private readonly baselines = new Map<ListKind, OpenBaseline>();
  /** Each tool's latest listed definition, for what a call saw. */
  private readonly listedTools = new Map<string, Definition>();
  private readonly firstCalls = new Map<string, Definition | undefined>();
  private current: InterfaceHistorySnapshot | undefined;

  /** Reads the next entry of the log. */
  read(entry: LogEntry): void {
    if (entry.kind === 'transport' && startsConnectionAttempt(entry.event)) this.settle(KINDS);
    if (entry.direction === 'incoming' && entry.kind === 'notification') this.settle(KINDS.filter((kind) => LIST_KINDS[kind].changedNotification === entry.method));
    if (entry.direction === 'incoming' && entry.kind === 'response') this.readListed(entry);
    if (entry.direction === 'outgoing' && entry.kind === 'request' && entry.method === 'tools/call') this.readCall(entry);
  }

  snapshot(): InterfaceHistorySnapshot {
    this.current ??= {
      baselines: Object.fromEntries([...this.baselines].map(([kind, { definitions, complete }]) => [kind, { definitions: new Map(definitions), complete }])),
      firstCalls: new Map(this.firstCalls),
    };
    return this.current;
  }

  private settle(kinds: readonly ListKind[]): void {
    for (const kind of kinds) {
      const baseline = this.baselines.get(kind);
      if (baseline) baseline.settled = true;
    }
  }

  private readListed(entry: LogEntry): void {
    const kind = entry.method === undefined ? undefined : LIST_METHODS.get(entry.method);
    if (kind === undefined) return;
    const page = readListPage(kind, messageOf(entry)?.result);
    const key = LIST_KINDS[kind].key;
    const keyed = page.items.flatMap((item) => (typeof item[key] === 'string' ? [[item[key], item] as const] : []));
    if (kind === 'tools') for (const [name, tool] of keyed) this.listedTools.set(name, tool);
    let baseline = this.baselines.get(kind);
    if (baseline?.settled) return;
    if (!baseline) this.baselines.set(kind, (baseline = { definitions: new Map(), complete: false, settled: false }));
    // Later pages of the first listing join it; a key listed twice keeps its first definition.
    for (const [name, definition] of keyed) if (!baseline.definitions.has(name)) baseline.definitions.set(name, definition);
    if (page.nextCursor === undefined) baseline.complete = true;
    this.current = undefined;
  }

  private readCall(entry: LogEntry): void {
    const name = asRecord(messageOf(entry)?.params)?.name;
    if (typeof name !== 'string' || this.firstCalls.has(name)) return;
    this.firstCalls.set(name, this.listedTools.get(name));
    this.current = undefined;
  }
}
