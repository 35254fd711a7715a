// A client must not use a feature the server did not declare (spec: basic/lifecycle, capability
// negotiation), so the lists of an undeclared capability are not requested. For debugging, the person
// may send them anyway; the diagnosis then marks what follows as caused by their request.
import { useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';

/** A server capability the UI's requests depend on. */
export type ServerCapability = 'tools' | 'resources' | 'prompts' | 'completions' | 'logging';

/** Whether the server declared `capability` (in `initialize`, or `server/discover` in the modern era). */
export function declaresCapability(connection: Pick<ConnectionSummary, 'handshake'>, capability: ServerCapability): boolean {
  const declared = connection.handshake?.serverCapabilities[capability];
  return declared !== undefined && declared !== null;
}

export interface CapabilityGate {
  capability: ServerCapability;
  declared: boolean;
  /** Requests that need the capability may go out: it was declared, or the person chose to send them anyway. */
  open: boolean;
  /** "Send anyway": opens the gate for this connection attempt only. */
  sendAnyway(): void;
}

export function useCapabilityGate(connection: ConnectionSummary, capability: ServerCapability): CapabilityGate {
  const attemptKey = `${connection.id}/${connection.attempt}`;
  const [overriddenFor, setOverriddenFor] = useState<string>();
  const declared = declaresCapability(connection, capability);
  return { capability, declared, open: declared || overriddenFor === attemptKey, sendAnyway: () => setOverriddenFor(attemptKey) };
}
