// The HTTP half of `mcp-inspect tap`: a reverse proxy on loopback for a host configured with a URL.
// Each request the host sends to http://127.0.0.1:PORT/<path> goes to the same path on the server's
// origin, with its method, headers (Mcp-Session-Id, Authorization, Last-Event-ID…) and body; the
// answer comes back with its status, headers and body as they are, streams (SSE) as they flow. One
// change: Accept-Encoding is not forwarded, so the server answers uncompressed and the tap can read
// what passes. What crosses is reported: each exchange as an `http` event (credentials masked), each
// JSON-RPC message in a request body as `outgoing`, each in a JSON answer or an SSE event as `incoming`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RemoteTarget } from '../../shared/connectionTypes';
import type { FaultRule } from '../../shared/faults/faultRule';
import type { LoopbackAddress } from '../../shared/options/loopbackAddress';
import { describeError } from '../upstream/describeError';
import { HttpTapFaults } from './httpFaults';
import type { Report } from './httpForward';

export interface HttpPassthroughOptions {
  target: RemoteTarget;
  listen: LoopbackAddress;
  report: Report;
  warn: (message: string) => void;
}

export interface HttpPassthrough {
  /** What the host is to connect to instead of the server's URL. */
  url: string;
  /** Replaces the fault rules acting on what passes (httpFaults.ts). */
  setFaults(rules: readonly FaultRule[]): void;
  close(): Promise<void>;
}

export async function startHttpPassthrough(options: HttpPassthroughOptions): Promise<HttpPassthrough | { error: string }> {
  const upstream = new URL(options.target.url);
  const { report } = options;
  const loopbackHosts = (port: number) => new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  let hosts = new Set<string>();
  const faults = new HttpTapFaults(upstream, report);

  const server = http.createServer((request, response) => {
    // A page reached through DNS rebinding names another host: it is not the host's client.
    if (!hosts.has(request.headers.host?.toLowerCase() ?? '')) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden: this tap answers to its loopback address only.\n');
      return;
    }
    faults.handle(request, response);
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.listen.port, options.listen.host, () => resolve());
    });
  } catch (error) {
    return { error: `Could not listen on ${options.listen.host}:${options.listen.port}: ${describeError(error)}` };
  }
  const port = (server.address() as AddressInfo).port;
  hosts = loopbackHosts(port);
  const host = options.listen.host.includes(':') ? `[${options.listen.host}]` : options.listen.host;
  report({ kind: 'transport', event: { type: 'connecting', transport: 'streamable-http' } });
  return {
    url: `http://${host}:${port}${upstream.pathname}${upstream.search}`,
    setFaults: (rules) => faults.setRules(rules),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
