import nodeOs from 'node:os';

/** A one-line description of the machine, so numbers can be compared across runs. */
export function os(): string {
  const cpu = nodeOs.cpus()[0]?.model ?? 'unknown CPU';
  return `${nodeOs.cpus().length} × ${cpu}, ${Math.round(nodeOs.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}
