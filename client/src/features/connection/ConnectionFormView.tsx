import { useId, type FormEvent } from 'react';
import type { ConnectionSummary, ConnectionTarget } from '../../../../shared/connectionTypes';
import { Button } from '../../ui/Button';
import { Disclosure } from '../../ui/Disclosure';
import { ConfigFileImport, CopyConfigEntry } from './ConfigFileImport';
import { draftFromTarget, type DraftTransport } from './connectionDraft';
import { ClientSettingsFields } from './ClientSettingsFields';
import { TargetFields } from './TargetFields';
import { useConnectionFormModel } from './useConnectionFormModel';

export interface ConnectionFormViewProps {
  connection: ConnectionSummary | undefined;
  launchTarget: ConnectionTarget | undefined;
  onConnected: (connection: ConnectionSummary) => void;
}

const TRANSPORTS: { value: DraftTransport; label: string }[] = [
  { value: 'stdio', label: 'STDIO' },
  { value: 'streamable-http', label: 'Streamable HTTP' },
  { value: 'sse', label: 'SSE' },
  { value: 'auto', label: 'Auto (HTTP, then SSE)' },
];

function serverNameOf(connection: ConnectionSummary): string | undefined {
  const name = connection.handshake?.serverInfo.name;
  return typeof name === 'string' ? name : undefined;
}

/** Where to connect: transport, command or URL, environment or headers; and the connect buttons. */
export function ConnectionFormView(props: ConnectionFormViewProps) {
  const model = useConnectionFormModel(props);
  const { draft, errors, edit } = model;
  const id = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    model.submit();
  }

  return (
    <form aria-label={model.isNew ? 'New connection' : 'Connection settings'} onSubmit={onSubmit} noValidate className="flex flex-col gap-3 p-3">
      {model.isNew && <ConfigFileImport onPick={(target) => edit(draftFromTarget(target))} />}
      <div className="flex flex-col gap-0.5">
        <label htmlFor={`${id}-transport`} className="font-medium text-zinc-700 dark:text-zinc-300">
          Transport
        </label>
        <select
          id={`${id}-transport`}
          value={draft.transport}
          onChange={(event) => edit({ transport: event.target.value as DraftTransport })}
          className="h-7 rounded border border-zinc-300 bg-white px-1.5 dark:border-zinc-600 dark:bg-zinc-800"
        >
          {TRANSPORTS.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <TargetFields draft={draft} errors={errors} edit={edit} />
      <Disclosure summary="Era, client capabilities and timeouts" defaultOpen={Object.keys(model.settingsErrors).length > 0}>
        <div className="flex flex-col gap-3 pt-1.5">
          <ClientSettingsFields draft={model.settingsDraft} errors={model.settingsErrors} edit={model.editSettings} />
        </div>
      </Disclosure>
      <div className="flex flex-wrap gap-1.5">
        <Button
          type="submit"
          variant="primary"
          disabled={model.pending || model.recorded}
          title={model.recorded ? 'A recorded session is read-only: open a new connection to run this server again' : model.isNew ? undefined : 'Reconnect with the settings above'}
        >
          {model.isNew ? 'Connect' : 'Reconnect'}
        </Button>
        {model.canDisconnect && (
          <Button onClick={model.disconnect} disabled={model.pending}>
            Disconnect
          </Button>
        )}
      </div>
      {props.connection && <CopyConfigEntry target={props.connection.target} serverName={serverNameOf(props.connection)} />}
      {!model.isNew && (
        <div className="border-t border-zinc-200 pt-2 dark:border-zinc-700">
          <Button variant="danger" onClick={model.remove} disabled={model.pending} title="Disconnect and forget this connection and its log">
            Remove connection
          </Button>
        </div>
      )}
      {model.actionError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {model.actionError}
        </p>
      )}
    </form>
  );
}
