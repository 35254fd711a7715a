// Which resources are subscribed and which changed since they were last read, derived from the
// connection's log (what actually crossed the wire), so it survives tab switches and page reloads
// and is the same in a reopened session.
// https://modelcontextprotocol.io/specification/2025-11-25/server/resources#subscriptions
import type { LogEntry, HeldLogEntries } from '../../api/logEntry';

export interface ResourceUpdate {
  /** The seq of the `notifications/resources/updated`, to show it in the log. */
  seq: number;
  time: number;
}

export interface ResourceWatch {
  /** URIs with a successful `resources/subscribe` not undone by `resources/unsubscribe`. */
  subscribed: ReadonlySet<string>;
  /** URIs the server said were updated after the last successful read of them. */
  updated: ReadonlyMap<string, ResourceUpdate>;
}

const WATCHED_REQUESTS = new Set(['resources/subscribe', 'resources/unsubscribe', 'resources/read']);

function paramsUri(message: unknown): string | undefined {
  const params = typeof message === 'object' && message !== null ? (message as { params?: unknown }).params : undefined;
  const uri = typeof params === 'object' && params !== null ? (params as { uri?: unknown }).uri : undefined;
  return typeof uri === 'string' ? uri : undefined;
}

/** Folds log entries one by one; `view` is a new object only after an entry that changed it. */
export class ResourceWatchFold {
  private readonly requestUris = new Map<number, string>();
  private readonly subscribed = new Set<string>();
  private readonly lastUpdate = new Map<string, ResourceUpdate>();
  private readonly lastRead = new Map<string, number>();
  view: ResourceWatch = { subscribed: new Set(), updated: new Map() };

  /** Adds the entries from `from` up to `to`; returns whether the view changed. */
  addAll(entries: HeldLogEntries, from: number, to: number): boolean {
    let changed = false;
    for (let i = from; i < to; i++) {
      const entry = entries[i];
      if (entry && this.add(entry)) changed = true;
    }
    if (changed) this.view = this.buildView();
    return changed;
  }

  private add(entry: LogEntry): boolean {
    const { event } = entry;
    if (event.kind === 'transport' && event.event.type === 'connecting') return this.reset();
    if (event.kind !== 'message' || entry.method === undefined) return false;
    if (entry.kind === 'request' && entry.direction === 'outgoing' && WATCHED_REQUESTS.has(entry.method)) {
      const uri = paramsUri(event.message);
      if (uri !== undefined) this.requestUris.set(entry.seq, uri);
      return false;
    }
    if (entry.kind === 'notification' && entry.direction === 'incoming' && entry.method === 'notifications/resources/updated') {
      const uri = paramsUri(event.message);
      if (uri === undefined) return false;
      this.lastUpdate.set(uri, { seq: entry.seq, time: entry.time });
      return true;
    }
    if (entry.kind !== 'response' || entry.direction !== 'incoming' || entry.pairSeq === undefined) return false;
    const uri = this.requestUris.get(entry.pairSeq);
    if (uri === undefined) return false;
    this.requestUris.delete(entry.pairSeq);
    if (entry.method === 'resources/subscribe') this.subscribed.add(uri);
    else if (entry.method === 'resources/unsubscribe') this.subscribed.delete(uri);
    else this.lastRead.set(uri, entry.seq);
    return true;
  }

  /** A new connection attempt starts a new session: no subscriptions survive it. */
  private reset(): boolean {
    const hadState = this.subscribed.size > 0 || this.lastUpdate.size > 0;
    this.requestUris.clear();
    this.subscribed.clear();
    this.lastUpdate.clear();
    this.lastRead.clear();
    return hadState;
  }

  private buildView(): ResourceWatch {
    const updated = new Map<string, ResourceUpdate>();
    for (const [uri, update] of this.lastUpdate) if (update.seq > (this.lastRead.get(uri) ?? -Infinity)) updated.set(uri, update);
    return { subscribed: new Set(this.subscribed), updated };
  }
}
