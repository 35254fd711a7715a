// How fast the Tools tab shows a server with 1,000 tools, and how fast a filter keystroke updates the
// list: measured in Chromium from the input event's timestamp to the frame painted after the list's
// DOM changed.
import { openInspectorOn, PAGE_HELPERS } from './browserPage';
import { median, percentile, type Measurement } from './stats';

const TOOL_COUNT = 1000;
/** Every keystroke changes the list: "7" ~ 270 tools, "77" ~ 20, back to 270, back to all 1,000. */
const KEYS = ['7', '7', 'Backspace', 'Backspace', '4', '2', 'Backspace', 'Backspace', '1', '5', 'Backspace', 'Backspace'];
const ROUNDS = 3;

/** From the click on the Tools tab: the first rows painted, and all `count` rows in the DOM and painted. */
const renderTools = (count: number) => `(async () => {
  const { afterPaint, until } = window.__bench;
  const tab = (name) => [...document.querySelectorAll('[role=tab]')].find((t) => t.textContent.trim() === name);
  const rows = () => document.querySelector('ul[aria-label="Tools"]')?.children.length ?? 0;
  const start = performance.now();
  tab('Tools').click();
  await until(() => rows() > 0);
  await afterPaint();
  const first = performance.now() - start;
  await until(() => rows() >= ${count});
  await afterPaint();
  return { first, all: performance.now() - start };
})()`;

/** Records, per keystroke in the filter, the time from keydown to the paint after the list changed. */
const WATCH_FILTER = `(() => {
  const bench = window.__bench;
  bench.keystrokes = [];
  let pending;
  document.querySelector('input[aria-label="Filter tools"]').addEventListener('keydown', (event) => { pending = event.timeStamp; }, true);
  new MutationObserver(() => {
    if (pending === undefined) return;
    const start = pending;
    pending = undefined;
    bench.afterPaint().then(() => bench.keystrokes.push(performance.now() - start));
  }).observe(document.querySelector('ul[aria-label="Tools"]').parentElement, { childList: true, subtree: true });
})()`;

export async function benchToolList(): Promise<Measurement[]> {
  const { page, close } = await openInspectorOn('manyToolsServer', { TOOL_COUNT: String(TOOL_COUNT) });
  try {
    await page.evaluate(PAGE_HELPERS);
    const firstRender = await page.evaluate<{ first: number; all: number }>(renderTools(TOOL_COUNT));
    // Again from TanStack Query's cache: the rendering alone, without the tools/list round trip.
    await page.getByRole('tab', { name: 'Log', exact: true }).click();
    const cachedRender = await page.evaluate<{ first: number; all: number }>(renderTools(TOOL_COUNT));

    await page.evaluate(WATCH_FILTER);
    await page.getByLabel('Filter tools').focus();
    const longTasksBefore = await page.evaluate<number>('window.__bench.longTasks.length');
    let expected = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const key of KEYS) {
        await page.keyboard.press(key);
        expected++;
        await page.evaluate(`window.__bench.until(() => window.__bench.keystrokes.length >= ${expected})`);
      }
    }
    const samples = await page.evaluate<number[]>('window.__bench.keystrokes');
    const filterLongTasks = await page.evaluate<number[]>(`window.__bench.longTasks.slice(${longTasksBefore})`);
    return [
      { name: 'Tools tab → first rows painted (with tools/list)', value: firstRender.first, unit: 'ms' },
      { name: `Tools tab → all ${TOOL_COUNT} rows painted (with tools/list)`, value: firstRender.all, unit: 'ms' },
      { name: 'Tools tab → first rows painted (cached list)', value: cachedRender.first, unit: 'ms', target: { max: 100 } },
      { name: `Tools tab → all ${TOOL_COUNT} rows painted (cached list)`, value: cachedRender.all, unit: 'ms' },
      { name: `filter keystroke → list painted, median (n=${samples.length})`, value: median(samples), unit: 'ms', target: { max: 100 } },
      { name: 'filter keystroke → list painted, p95', value: percentile(samples, 95), unit: 'ms', target: { max: 100 } },
      { name: 'longest task while filtering', value: Math.max(0, ...filterLongTasks), unit: 'ms', target: { max: 200 } },
    ];
  } finally {
    await close();
  }
}
