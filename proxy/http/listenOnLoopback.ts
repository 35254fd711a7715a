// Binds the proxy to 127.0.0.1 only (never all interfaces: see MCP-NOTES.md on CVE-2025-49596).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const LOOPBACK_HOST = '127.0.0.1';

/** The port was taken (or not allowed) and the user asked for exactly that one. */
export class PortUnavailableError extends Error {}

/**
 * Listens on `port` (0 = any free port). If it is busy and `tryNext` > 0, tries the following ports,
 * up to `tryNext` more; resolves with the port actually bound.
 */
export async function listenOnLoopback(server: Server, port: number, tryNext: number): Promise<number> {
  for (let candidate = port; ; candidate++) {
    try {
      await listenOnce(server, candidate);
      return (server.address() as AddressInfo).port;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const lastTry = candidate >= port + tryNext || candidate >= 65535;
      if (code === 'EADDRINUSE' && !lastTry) continue;
      throw new PortUnavailableError(describeListenError(code, port, candidate, tryNext), { cause: error });
    }
  }
}

function listenOnce(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, LOOPBACK_HOST);
  });
}

function describeListenError(code: string | undefined, port: number, last: number, tryNext: number): string {
  if (code === 'EADDRINUSE') {
    return tryNext > 0
      ? `Ports ${port}–${last} on ${LOOPBACK_HOST} are all in use. Choose another with --port <number> (or --port 0 for any free port).`
      : `Port ${port} on ${LOOPBACK_HOST} is already in use. Choose another with --port <number> (or --port 0 for any free port).`;
  }
  if (code === 'EACCES') return `Not allowed to listen on port ${port}. Choose a port above 1023 with --port <number>.`;
  return `Could not listen on ${LOOPBACK_HOST}:${port} (${code ?? 'unknown error'}). Choose another port with --port <number>.`;
}
