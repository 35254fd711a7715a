// The era part of the Handshake tab: which era the connection speaks and how it got there (for
// `auto`, whether the probe found a modern server or fell back, and why), and in modern the
// `server/discover` result: the revisions the server supports. On a tapped connection the choice was the
// host's, not the inspector's, and is worded so.
import type { EraNegotiation } from '../../../../shared/connectionTypes';
import { Badge } from '../../ui/Badge';

export interface EraViewProps {
  negotiation: EraNegotiation;
  /** Who chose how to begin: the inspector (its era setting), or the host of a tapped connection. */
  chosenBy?: 'inspector' | 'host';
}

function supportedVersions(discover: EraNegotiation['discover']): string[] {
  const versions = discover?.supportedVersions;
  return Array.isArray(versions) ? versions.map(String) : [];
}

/** What the host did first, said of a tapped connection (`requested` is read from its traffic). */
function hostChoice(requested: EraNegotiation['requested']): string {
  return requested === 'legacy' ? 'the host began with initialize' : 'the host probed with server/discover';
}

export function EraView({ negotiation, chosenBy = 'inspector' }: EraViewProps) {
  const versions = supportedVersions(negotiation.discover);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={negotiation.era === 'modern' ? 'accent' : 'neutral'}>
          <span aria-label="Connection era">{negotiation.era}</span>
        </Badge>
        {chosenBy === 'host' ? (
          <span aria-label="Host's choice" className="text-zinc-500 dark:text-zinc-400">
            {hostChoice(negotiation.requested)}
          </span>
        ) : (
          <span className="text-zinc-500 dark:text-zinc-400">
            asked for <span aria-label="Requested era">{negotiation.requested}</span>
          </span>
        )}
        {negotiation.fellBack && <Badge tone="warning">fell back to initialize</Badge>}
      </div>
      {negotiation.reason && (
        <p aria-label="Fallback reason" className="text-xs text-zinc-600 dark:text-zinc-400">
          {negotiation.reason}
        </p>
      )}
      {negotiation.era === 'modern' && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          From server/discover (no initialize in this era). Supported versions:{' '}
          <span aria-label="Supported versions" className="font-mono">
            {versions.length > 0 ? versions.join(', ') : 'none listed'}
          </span>
        </p>
      )}
      {negotiation.requested === 'legacy' && chosenBy === 'inspector' && <p className="text-xs text-zinc-500 dark:text-zinc-400">Legacy never probes with server/discover.</p>}
    </div>
  );
}
