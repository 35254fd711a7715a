// The one transport factory: every path that talks to a server (the UI's connections, and later the
// CLI mode and replay) gets its transport here, tapped the same way.
import type { OAuthClientProvider } from '@modelcontextprotocol/client';
import type { ConnectionTarget } from '../../shared/connectionTypes';
import type { FaultEngine } from '../../shared/faults/faultEngine';
import { isStdioTarget } from '../../shared/isStdioTarget';
import { createHttpTransport } from './httpTransports';
import { TappedStdioTransport } from './stdioTransport';
import type { Tap, TappedTransport } from './transportTypes';

/**
 * `authProvider`: for remote servers, the OAuth client that answers a 401 (proxy/auth/). `faults`: the
 * connection's fault engine; every message then passes a fault stage after it is recorded.
 */
export function createTransport(target: ConnectionTarget, tap: Tap, authProvider?: OAuthClientProvider, faults?: FaultEngine): TappedTransport {
  return isStdioTarget(target) ? new TappedStdioTransport(target, tap, faults ? { faults } : {}) : createHttpTransport(target, tap, authProvider, faults);
}
