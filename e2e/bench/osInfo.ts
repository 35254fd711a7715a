import nodeOs from 'node:os';

/** A one-line description of the machine, so numbers can be compared across runs. */
export function os(): string {
  const cpu = nodeOs.cpus()[0]?.model ?? 'unknown CPU';
  return `${nodeOs.cpus().length} × ${cpu}, ${Math.round(nodeOs.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadAverage()}`;
}

/** The 1-minute load average: wall-clock timings grow with it, so it is printed beside them. */
export function loadAverage(): string {
  return nodeOs.loadavg()[0]!.toFixed(1);
}
