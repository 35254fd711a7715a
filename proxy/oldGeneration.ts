// A stream of events (a chatty server, a tap of a busy host) has the proxy promote many short-lived
// objects: whatever is alive at two young-generation collections in a row. They die in the old
// generation, where only a full collection frees them, and V8 lets that generation grow up to four
// times its live size before it runs one. Measured under 20,000 events/s: the live heap stayed near
// 25 MiB while the old generation reached 70 MiB, and the RSS peaked at 187 MiB. With the growth held
// to 1.5× the live size the peak was 131 MiB for the same CPU. Large payloads pay for it: their strings
// count against the same limit, and a 1 MiB echo costs ~22 ms of proxy CPU with the bound, ~15 without
// (docs/architecture.md, "Flat memory: a window of events", has the trade measured both ways). V8 reads this flag at each
// full collection, so setting it at run time takes effect.
import v8 from 'node:v8';

/** How far the old generation may grow past its live size before a full collection, in percent. */
const OLD_GENERATION_GROWTH_PERCENT = 50;

/** For the whole process (flags are per process): the long-running proxy sets it as its core starts. */
export function boundOldGenerationGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
}
