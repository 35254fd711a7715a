// The three eras a connection can speak, as the connection form offers them.
import type { ConnectionSummary, EraChoice } from '../../../../shared/connectionTypes';

export const ERA_CHOICES: { value: EraChoice; label: string; explanation: string }[] = [
  { value: 'legacy', label: 'Legacy (2025)', explanation: 'The initialize handshake; never probes. What most servers speak today.' },
  { value: 'auto', label: 'Auto', explanation: 'Probes with server/discover; falls back to initialize when the server is not modern.' },
  { value: 'modern', label: 'Modern (2026-07-28)', explanation: 'Stateless: server/discover, no initialize; fails if the server does not offer 2026-07-28.' },
];

export function eraExplanation(era: EraChoice): string {
  return ERA_CHOICES.find((choice) => choice.value === era)?.explanation ?? '';
}

/** Whether the connection speaks the 2026-07-28 era (no ping, no setLevel; subscriptions are listen streams). */
export function isModern(connection: ConnectionSummary): boolean {
  return connection.handshake?.negotiation?.era === 'modern';
}
