// The diagnosis findings per connection, as the proxy reported them: replaced by each attach snapshot,
// then appended to by diagnosisRaised events. Kept outside React and read with useSyncExternalStore;
// the log reads `findingAt(seq)` per visible row, so marking a row costs one map lookup.
import type { Finding, Severity } from '../../../shared/diagnosis';
import { animationFrameScheduler, KeyedSignal, type FlushScheduler } from './keyedSignal';

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
  private readonly listeners: KeyedSignal<string>;
  private readonly empty = new Map<string, FindingsSnapshot>();

  /** Changes apply at once; listeners are told once per frame at most. */
  constructor(schedule: FlushScheduler = animationFrameScheduler) {
    this.listeners = new KeyedSignal<string>(schedule);
  }

  /** Replaces everything with a snapshot's findings (on attach and re-attach). */
  reset(findings: readonly Finding[]): void {
    const previous = [...this.byConnection.keys()];
    this.byConnection.clear();
    this.append(findings);
    for (const connectionId of previous) this.listeners.notify(connectionId);
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
    for (const connectionId of touched) this.listeners.notify(connectionId);
  }

  removeConnection(connectionId: string): void {
    if (!this.byConnection.delete(connectionId)) return;
    this.listeners.notify(connectionId);
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
}

function makeSnapshot(connectionId: string, entry: ConnectionFindings): FindingsSnapshot {
  const { bySeq } = entry;
  return { connectionId, findings: [...entry.findings], counts: { ...entry.counts }, findingAt: (seq) => bySeq.get(seq) };
}
