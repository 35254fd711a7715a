// `HOST:PORT` for a server of ours that listens for HTTP (the mock's `--url-listen`, the tap's `--listen`): loopback only,
// like the inspector itself (MCP-NOTES.md, CVE-2025-49596: a local tool that listens on every
// interface serves the whole network).

/** Where to listen: a loopback host as it is given to `listen`, and a port (0: any free one). */
export interface LoopbackAddress {
  host: string;
  port: number;
}

const LOOPBACK_HOSTS: Readonly<Record<string, string>> = { '127.0.0.1': '127.0.0.1', localhost: '127.0.0.1', '[::1]': '::1' };

/** Reads `127.0.0.1:8080`, `localhost:0` or `[::1]:8080`; a non-loopback host is refused, with why. */
export function parseLoopbackAddress(value: string): LoopbackAddress | { error: string } {
  const match = /^(\[[^\]]*\]|[^:]*):(\d{1,5})$/.exec(value);
  if (!match || Number(match[2]) > 65535) return { error: `needs HOST:PORT, e.g. 127.0.0.1:3000 (got "${value}")` };
  const host = LOOPBACK_HOSTS[match[1]!.toLowerCase()];
  if (host === undefined) {
    return { error: `listens on loopback only (127.0.0.1, localhost or [::1]), never on "${match[1]}": any machine on the network could reach it there` };
  }
  return { host, port: Number(match[2]) };
}

/** The URL a client connects to (the MCP endpoint is `/mcp`). */
export function loopbackUrl(address: LoopbackAddress, port: number): string {
  return `http://${address.host.includes(':') ? `[${address.host}]` : address.host}:${port}/mcp`;
}
