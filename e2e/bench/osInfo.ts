import nodeOs from 'node:os';

/** A one-line description of the machine, so numbers can be compared across runs. */
export function os(): string {
  const cpu = nodeOs.cpus()[0]?.model ?? 'unknown CPU';
  // Browser timings are wall-clock: on a loaded machine they grow with the load, so it is printed too.
  const load = nodeOs.loadavg()[0]!.toFixed(1);
  return `${nodeOs.cpus().length} × ${cpu}, ${Math.round(nodeOs.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${load}`;
}
