// cross-spawn ships no types and @types/cross-spawn is not installed; we use one call of it.
declare module 'cross-spawn' {
  import type { ChildProcess, SpawnOptions } from 'node:child_process';

  function spawn(command: string, args: readonly string[], options: SpawnOptions): ChildProcess;
  export default spawn;
}
