// The diagnosis findings per connection, as the proxy reported them: replaced by each attach snapshot,
// then appended to by diagnosisRaised events. Kept outside React and read with useSyncExternalStore;
// the log reads `findingAt(seq)` per visible row, so marking a row costs one map lookup.
import type { Finding, Severity } from '../../../shared/diagnosis';
import { animationFrameScheduler, type FlushScheduler } from './logStore';
import { ConnectionListeners } from './connectionListeners';

/** An immutable view of one connection's findings; a new object after every change. */
export interface FindingsSnapshot {
  readonly connectionId: string;
  /** In the order the proxy raised them. */
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** The first finding that points at this seq, if any. */
  findingAt(seq: number): Finding | undefined;
}

interface ConnectionFindings {
  findings: Finding[];
  bySeq: Map<number, Finding>;
  counts: Record<Severity, number>;
  /** Rebuilt when read after a change, so a flood of findings costs one copy per read, not per finding. */
  snapshot: FindingsSnapshot | undefined;
}

const NO_COUNTS: Readonly<Record<Severity, number>> = { error: 0, warning: 0, info: 0 };

function emptySnapshot(connectionId: string): FindingsSnapshot {
  return { connectionId, findings: [], counts: NO_COUNTS, findingAt: () => undefined };
}

export class FindingsStore {
  private readonly byConnection = new Map<string, ConnectionFindings>();
  private readonly listeners = new ConnectionListeners();
  private readonly empty = new Map<string, FindingsSnapshot>();
  private readonly changed = new Set<string>();
  private cancelNotify: (() => void) | undefined;

  /** Changes apply at once; listeners are told once per frame at most. */
  constructor(private readonly schedule: FlushScheduler = animationFrameScheduler) {}

  /** Replaces everything with a snapshot's findings (on attach and re-attach). */
  reset(findings: readonly Finding[]): void {
    for (const connectionId of this.byConnection.keys()) this.changed.add(connectionId);
    this.byConnection.clear();
    this.append(findings);
    this.scheduleNotify();
  }

  append(findings: readonly Finding[]): void {
    const touched = new Set<string>();
    for (const finding of findings) {
      let entry = this.byConnection.get(finding.connectionId);
      if (!entry) {
        entry = { findings: [], bySeq: new Map(), counts: { ...NO_COUNTS }, snapshot: undefined };
        this.byConnection.set(finding.connectionId, entry);
      }
      entry.findings.push(finding);
      entry.counts[finding.severity] += 1;
      entry.snapshot = undefined;
      for (const seq of finding.seqs) if (!entry.bySeq.has(seq)) entry.bySeq.set(seq, finding);
      touched.add(finding.connectionId);
    }
    for (const connectionId of touched) this.changed.add(connectionId);
    if (touched.size > 0) this.scheduleNotify();
  }

  removeConnection(connectionId: string): void {
    if (!this.byConnection.delete(connectionId)) return;
    this.changed.add(connectionId);
    this.scheduleNotify();
  }

  getSnapshot(connectionId: string): FindingsSnapshot {
    const entry = this.byConnection.get(connectionId);
    if (entry) return (entry.snapshot ??= makeSnapshot(connectionId, entry));
    let empty = this.empty.get(connectionId);
    if (!empty) this.empty.set(connectionId, (empty = emptySnapshot(connectionId)));
    return empty;
  }

  subscribe(connectionId: string, listener: () => void): () => void {
    return this.listeners.subscribe(connectionId, listener);
  }

  private scheduleNotify(): void {
    if (this.cancelNotify || this.changed.size === 0) return;
    let ran = false;
    const cancel = this.schedule(() => {
      ran = true;
      this.cancelNotify = undefined;
      const changed = [...this.changed];
      this.changed.clear();
      for (const connectionId of changed) this.listeners.notify(connectionId);
    });
    if (!ran) this.cancelNotify = cancel;
  }
}

function makeSnapshot(connectionId: string, entry: ConnectionFindings): FindingsSnapshot {
  const { bySeq } = entry;
  return { connectionId, findings: [...entry.findings], counts: { ...entry.counts }, findingAt: (seq) => bySeq.get(seq) };
}
