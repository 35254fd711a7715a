// The mock over Streamable HTTP: the SDK's Node transport, one per client session (each session gets
// the recorded answers from the first one on), on loopback only, with the SDK's Host and Origin guards
// against DNS rebinding. The MCP endpoint is /mcp.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localhostHostValidation, localhostOriginValidation, NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import type { MockRecording } from '../../shared/mock';
import { loopbackUrl, type LoopbackAddress } from '../../shared/options/loopbackAddress';
import { answerOverTransport } from './answerOverTransport';

export interface MockHttpServer {
  url: string;
  close(): Promise<void>;
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32000, message: `mcp-inspect mock: ${message}` } }));
}

/** Listens on the loopback address; rejects when it cannot (port taken, not allowed). */
export async function listenMockHttp(address: LoopbackAddress, recording: MockRecording, warn: (message: string) => void): Promise<MockHttpServer> {
  const sessions = new Map<string, NodeStreamableHTTPServerTransport>();
  const validHost = localhostHostValidation();
  const validOrigin = localhostOriginValidation();
  const openSession = (): NodeStreamableHTTPServerTransport => {
    const transport = new NodeStreamableHTTPServerTransport({
      sessionIdGenerator: randomUUID,
      onsessioninitialized: (id) => void sessions.set(id, transport),
      onsessionclosed: (id) => void sessions.delete(id),
    });
    void answerOverTransport(transport, recording, warn).then(() => transport.sessionId !== undefined && sessions.delete(transport.sessionId));
    return transport;
  };
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!validHost(req, res) || !validOrigin(req, res)) return;
    if (new URL(req.url ?? '/', 'http://mock').pathname !== '/mcp') return refuse(res, 404, 'the MCP endpoint is /mcp');
    const sessionId = req.headers['mcp-session-id'];
    if (typeof sessionId === 'string') {
      const transport = sessions.get(sessionId);
      return transport ? transport.handleRequest(req, res) : refuse(res, 404, `no session ${sessionId} (it ended, or the mock was restarted)`);
    }
    // No session yet: the transport accepts only an initialize here and answers anything else with 400.
    if (req.method === 'POST') return openSession().handleRequest(req, res);
    return refuse(res, 400, 'a request without Mcp-Session-Id must be a POST of initialize');
  };
  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      warn(`HTTP request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) refuse(res, 500, 'internal error');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(address.port, address.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = loopbackUrl(address, (server.address() as AddressInfo).port);
  return {
    url,
    close: async () => {
      await Promise.all([...sessions.values()].map((transport) => transport.close()));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Open GET streams and keep-alive sockets would hold close() up until they time out.
      server.closeAllConnections();
      await closed;
    },
  };
}
