// Starts a server the way `npx` and `uvx` do: as a child sharing this process's stdio, with no signal
// passed on. It also ignores SIGTERM itself. The server's pid goes to stderr for the test to watch.
// Usage: signalDeafWrapper.ts COMMAND [ARGS...]
import { spawn } from 'node:child_process';

process.on('SIGTERM', () => {});
const [command, ...args] = process.argv.slice(2);
if (command === undefined) throw new Error('usage: signalDeafWrapper.ts COMMAND [ARGS...]');
const server = spawn(command, args, { stdio: 'inherit' });
process.stderr.write(`wrapped server pid ${server.pid}\n`);
server.on('exit', (code) => process.exit(code ?? 1));
