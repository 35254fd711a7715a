// Older log rows read by position in pages, placeholders until they arrive, and the filtered view's
// honest scope: a filter runs on the loaded events and says how many older ones it did not search.
import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../../shared/recordedEvent';
import { LogStore } from './logStore';
import { compileLogFilter } from './logStoreQuery';
import { FilteredLogView } from './logStoreView';
import { OLDER_PAGE_EVENTS, OlderEventsStore, type ReadEvents } from './olderEventsStore';
import { withOlderRows } from './withOlderRows';

const events: RecordedEvent[] = Array.from({ length: 3_000 }, (_, i) => ({ kind: 'stderr', text: `line ${i}`, seq: i + 1, time: i, connectionId: 'c1' }));
/** What the proxy's `readEvents` answers for one connection holding `events`. */
const readEvents: ReadEvents = async ({ from, count }) => events.slice(from, from + count);

describe('OlderEventsStore', () => {
  it('loads the page a row asks for once, and shows it when it arrives', async () => {
    const asked: number[] = [];
    const older = new OlderEventsStore(async (range) => {
      asked.push(range.from);
      return readEvents(range);
    });
    older.reset({ c1: 2_000 });
    expect(older.olderCount('c1')).toBe(2_000);
    expect(older.olderCount(undefined)).toBe(2_000);
    const versionBefore = older.getVersion();
    expect(older.entryAt('c1', 0)).toBeUndefined();
    expect(older.entryAt('c1', 10)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual([0]);
    expect(older.getVersion()).toBeGreaterThan(versionBefore);
    expect(older.entryAt('c1', 0)?.seq).toBe(1);
    expect(older.entryAt('c1', OLDER_PAGE_EVENTS - 1)?.seq).toBe(OLDER_PAGE_EVENTS);
    expect(older.positionOfSeq('c1', 11)).toBe(10);
    expect(older.entryAt('c1', 2_000)).toBeUndefined();
  });

  it('reads only the oldest event for the relative times, and the rows\' first screen reads no older page', async () => {
    const asked: { from: number; count: number }[] = [];
    const older = new OlderEventsStore(async (range) => {
      asked.push({ from: range.from, count: range.count });
      return readEvents(range);
    });
    older.reset({ c1: 2_000 });
    const store = new LogStore((flush) => (flush(), () => {}));
    store.reset(events.slice(2_000));
    const view = new FilteredLogView(store, { connectionId: 'c1', filter: compileLogFilter({ query: '', errorsOnly: false, direction: 'all', kinds: [] }), hiddenThroughSeq: -1 });
    const rows = withOlderRows(view.refresh(), older, 'c1', false);
    expect(rows.firstTime()).toBeUndefined();
    expect(rows.firstTime()).toBeUndefined();
    expect(rows.entryAt(rows.count - 1)?.seq).toBe(3_000);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual([{ from: 0, count: 1 }]);
    expect(rows.firstTime()).toBe(0);
    older.reset({ c1: 1_000 });
    expect(rows.firstTime()).toBeUndefined();
  });

  it('says why when the proxy cannot read them', async () => {
    const older = new OlderEventsStore(() => Promise.reject(new Error('There is no connection "c1"')));
    older.reset({ c1: 10 });
    older.entryAt('c1', 0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(older.error()).toMatch(/could not be read from the proxy: There is no connection "c1"/);
  });

  it('puts the older rows above the loaded ones, and only when nothing is filtered', async () => {
    const log = new LogStore((flush) => (flush(), () => {}));
    log.reset(events.slice(2_000));
    const older = new OlderEventsStore(readEvents);
    older.reset({ c1: 2_000 });
    const all = new FilteredLogView(log, { connectionId: 'c1', filter: compileLogFilter({ query: '', errorsOnly: false, direction: 'all', kinds: [] }), hiddenThroughSeq: -1 }).refresh();
    const rows = withOlderRows(all, older, 'c1', false);
    expect(rows.count).toBe(3_000);
    expect(rows.olderRows).toBe(2_000);
    expect(rows.entryAt(2_000)?.seq).toBe(2_001);
    expect(rows.entryAt(1_999)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(rows.entryAt(1_999)?.seq).toBe(2_000);
    expect(rows.rowOfSeq(2_000)).toBe(1_999);

    const filtered = new FilteredLogView(log, { connectionId: 'c1', filter: compileLogFilter({ query: 'line 29', errorsOnly: false, direction: 'all', kinds: [] }), hiddenThroughSeq: -1 }).refresh();
    const scoped = withOlderRows(filtered, older, 'c1', true);
    expect(scoped.count).toBe(filtered.count);
    expect(scoped.olderNotSearched).toBe(2_000);
  });
});
