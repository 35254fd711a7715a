// The heavy half of the proxy: the inspector (SDK client, transports) and the socket layer (zod
// validation). server.ts imports it lazily, so the URL is printed before this is even loaded.
import type { ConnectionTarget } from '../shared/connectionTypes';
import type { RequestGuard } from './http/requestGuard';
import { Inspector } from './inspector/Inspector';
import { createSocketServer, type SocketServer } from './ws/socketServer';

export interface InspectorCore {
  inspector: Inspector;
  sockets: SocketServer;
}

export function startInspectorCore(options: {
  version: string;
  target: ConnectionTarget | undefined;
  isDemo: boolean;
  guard: RequestGuard;
  log: (message: string) => void;
}): InspectorCore {
  const inspector = new Inspector({
    inspectorVersion: options.version,
    ...(options.target === undefined ? {} : { target: options.target }),
    isDemo: options.isDemo,
  });
  const sockets = createSocketServer({ inspector, guard: options.guard, log: options.log });
  if (options.target) inspector.connect(options.target);
  return { inspector, sockets };
}
