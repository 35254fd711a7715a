// The one transport factory: every path that talks to a server (the UI's connections, and later the
// CLI mode and replay) gets its transport here, tapped the same way.
import type { OAuthClientProvider } from '@modelcontextprotocol/client';
import type { ConnectionTarget } from '../../shared/connectionTypes';
import { isStdioTarget } from '../../shared/isStdioTarget';
import { createHttpTransport } from './httpTransports';
import { TappedStdioTransport } from './stdioTransport';
import type { Tap, TappedTransport } from './transportTypes';

/** `authProvider`: for remote servers, the OAuth client that answers a 401 (proxy/auth/). */
export function createTransport(target: ConnectionTarget, tap: Tap, authProvider?: OAuthClientProvider): TappedTransport {
  return isStdioTarget(target) ? new TappedStdioTransport(target, tap) : createHttpTransport(target, tap, authProvider);
}
