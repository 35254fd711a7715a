// Test helper: records what an observer of the inspector sees and waits for conditions on it.
import type { ConnectionState, ConnectionSummary } from '../../shared/connectionTypes';
import type { Finding } from '../../shared/diagnosis';
import type { RecordedEvent } from '../../shared/recordedEvent';
import type { Inspector } from './Inspector';

/** Collects what an observer of the inspector sees, and waits for conditions on it. */
export function observeInspector(inspector: Inspector) {
  const events: RecordedEvent[] = [];
  const findings: Finding[] = [];
  const summaries = new Map<string, ConnectionSummary>();
  inspector.subscribe({
    eventRecorded: (event) => events.push(event),
    diagnosisRaised: (raised) => findings.push(...raised),
    connectionChanged: (summary) => summaries.set(summary.id, summary),
    connectionRemoved: (id) => summaries.delete(id),
  });
  async function until<T>(probe: () => T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  const state = (id: string, states: ConnectionState[]) =>
    until(() => {
      const summary = summaries.get(id);
      return summary && states.includes(summary.state) ? summary : undefined;
    }, `${id} to be ${states.join(' or ')}`);
  return { events, findings, summaries, until, state };
}
