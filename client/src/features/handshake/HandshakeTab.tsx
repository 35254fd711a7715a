import type { ReactNode } from 'react';
import type { ConnectionSummary, EraChoice } from '../../../../shared/connectionTypes';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Disclosure } from '../../ui/Disclosure';
import { EmptyState } from '../../ui/EmptyState';
import { JsonView } from '../../ui/JsonView';
import { MarkdownText } from '../content/MarkdownText';
import { EraView } from '../eras/EraView';
import { CapabilityListView } from './CapabilityListView';
import { HandshakeFailureView } from './HandshakeFailureView';
import { IdentityView } from './IdentityView';
import { useHandshakeModel, type RawExchangeMessage } from './useHandshakeModel';

export interface HandshakeTabProps {
  connection: ConnectionSummary;
  onShowInLog: (seq: number) => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="border-b border-zinc-200 px-4 py-3 dark:border-zinc-700">
      <h2 className="mb-1.5 text-[11px] font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{title}</h2>
      {children}
    </section>
  );
}

function RawMessage({ label, raw, onShowInLog }: { label: string; raw: RawExchangeMessage | undefined; onShowInLog: (seq: number) => void }) {
  if (!raw) return <p className="text-zinc-500">The {label} was not recorded.</p>;
  const extra = (
    <Button variant="ghost" className="h-6 px-1.5 text-xs" aria-label={`Show ${label} in log`} onClick={() => onShowInLog(raw.seq)}>
      #{raw.seq} · Show in log
    </Button>
  );
  return (
    <Disclosure summary={label} extra={extra}>
      {raw.found ? <JsonView label={label} value={raw.message} /> : <p className="text-zinc-500">Not in the log yet.</p>}
    </Disclosure>
  );
}

function waitingText(state: ConnectionSummary['state'], era: EraChoice): { title: string; hint: string } {
  const asked = era === 'modern' ? 'server/discover' : era === 'auto' ? 'server/discover or initialize' : 'initialize';
  if (state === 'connecting') return { title: 'Waiting for the handshake…', hint: `The server has not answered ${asked} yet. The Log tab shows what has been sent so far.` };
  if (state === 'connected') return { title: 'No handshake recorded', hint: 'This connection did not report an initialize exchange.' };
  return {
    title: 'No handshake',
    hint: 'The connection ended before initialize completed. See the status above and the Log tab, fix the settings, then Connect again.',
  };
}

/** The initialize exchange: who the server is, what was negotiated, and what each side can do. */
export function HandshakeTab({ connection, onShowInLog }: HandshakeTabProps) {
  const model = useHandshakeModel(connection);
  if (!model.ready) {
    if (model.state === 'failed' || model.state === 'exited') return <HandshakeFailureView connection={connection} />;
    const { title, hint } = waitingText(model.state, connection.settings?.era ?? 'legacy');
    return <EmptyState title={title}>{hint}</EmptyState>;
  }
  return (
    <div className="h-full overflow-auto">
      <Section title="Server">
        <IdentityView identity={model.server} fallbackName={connection.label} />
      </Section>
      {connection.handshake?.negotiation && (
        <Section title="Era">
          <EraView negotiation={connection.handshake.negotiation} chosenBy={connection.tap ? 'host' : 'inspector'} />
        </Section>
      )}
      <Section title="Protocol version">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <span>
            Negotiated <strong aria-label="Negotiated protocol version" className="font-mono">{model.negotiated}</strong>
          </span>
          <span className="text-zinc-500 dark:text-zinc-400">
            Offered <span aria-label="Offered protocol version" className="font-mono">{model.offered}</span>
          </span>
          {model.versionsDiffer && (
            <Badge tone="warning" title="The server answered with a different version than the client offered">
              server chose a different version
            </Badge>
          )}
        </div>
      </Section>
      {model.instructions !== undefined && (
        <Section title="Instructions">
          <div className="max-h-96 overflow-auto rounded bg-zinc-50 p-2 dark:bg-zinc-950">
            <MarkdownText text={model.instructions} label="Server instructions" />
          </div>
        </Section>
      )}
      <div className="grid grid-cols-1 md:grid-cols-2">
        <Section title="Server capabilities">
          <CapabilityListView label="Server capabilities" rows={model.serverCapabilities} />
        </Section>
        <Section title="Client capabilities">
          <CapabilityListView label="Client capabilities" rows={model.clientCapabilities} />
          <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">
            Sent by {[model.client.name, model.client.version && `v${model.client.version}`].filter(Boolean).join(' ') || 'the client'}
          </p>
        </Section>
      </div>
      <Section title={`Raw ${model.exchange} exchange`}>
        <div className="flex flex-col gap-1">
          <RawMessage label={`${model.exchange} request`} raw={model.request} onShowInLog={onShowInLog} />
          <RawMessage label={`${model.exchange} response`} raw={model.response} onShowInLog={onShowInLog} />
        </div>
      </Section>
    </div>
  );
}
