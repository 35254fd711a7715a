import type { ConnectionState } from '../../../../shared/connectionTypes';
import { Badge } from '../../ui/Badge';
import { stateTone } from './connectionStatus';

/** The connection state as a coloured word: "connected", "connecting", "failed", "exited", "disconnected". */
export function ConnectionStateBadge({ state }: { state: ConnectionState }) {
  return <Badge tone={stateTone(state)}>{state}</Badge>;
}
