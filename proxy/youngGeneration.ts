// Start-up allocates ~15 MiB that all survives (the core's modules and schemas, the SDK client, the launch
// connection). V8 reads many survivors as a sign that a larger young generation pays, and doubled it at each
// scavenge, to 16 MiB: pages that stayed resident in an idle proxy until V8's memory reducer shrank them,
// ~8 s after the last full GC (idle RSS 73 MiB at 10 s, 64 MiB at 30 s). So the young generation keeps its
// initial size until the proxy has traffic to carry, and grows as before from then on. V8 reads this flag
// each time the young generation would grow, so setting it at run time takes effect.
import v8 from 'node:v8';

/** V8's own default (V8 11 to 13: Node 20 to 24). */
const DEFAULT_GROWTH_FACTOR = 2;

/** Keeps the young generation at its size (for the whole process); call the result to let it grow again. */
export function holdYoungGeneration(): () => void {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    v8.setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
  };
}
