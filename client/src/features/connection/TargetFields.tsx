import { useId } from 'react';
import { KeyValueEditor } from '../../ui/KeyValueEditor';
import { TextField } from '../../ui/TextField';
import { OAuthClientFields } from '../auth/OAuthClientFields';
import type { ConnectionDraft, DraftErrors } from './connectionDraft';

export interface TargetFieldsProps {
  draft: ConnectionDraft;
  errors: DraftErrors;
  edit: (patch: Partial<ConnectionDraft>) => void;
}

/** The fields of the chosen transport: command line and environment, or URL and headers. */
export function TargetFields({ draft, errors, edit }: TargetFieldsProps) {
  const id = useId();
  return draft.transport === 'stdio' ? (
    <>
      <TextField label="Command" value={draft.command} placeholder="node, npx, uvx, python…" error={errors.command} onChange={(command) => edit({ command })} />
      <TextField
        label="Arguments"
        value={draft.args}
        placeholder="server.js --port 3000"
        hint="Separated by spaces; quote arguments that contain spaces."
        error={errors.args}
        onChange={(args) => edit({ args })}
      />
      <KeyValueEditor
        legend="Environment variables"
        itemLabel="Environment variable"
        rows={draft.env}
        masked
        namePlaceholder="NAME"
        error={errors.env}
        errorId={`${id}-env-error`}
        onChange={(env) => edit({ env })}
      />
      <TextField label="Working directory" value={draft.cwd} placeholder="(the proxy's current directory)" error={errors.cwd} onChange={(cwd) => edit({ cwd })} />
    </>
  ) : (
    <>
      <TextField label="URL" type="url" value={draft.url} placeholder="http://127.0.0.1:3001/mcp" error={errors.url} onChange={(url) => edit({ url })} />
      <KeyValueEditor
        legend="Headers"
        itemLabel="Header"
        rows={draft.headers}
        masked
        namePlaceholder="Authorization"
        error={errors.headers}
        errorId={`${id}-headers-error`}
        onChange={(headers) => edit({ headers })}
      />
      <OAuthClientFields oauth={draft.oauth} error={errors.oauth} onChange={(oauth) => edit({ oauth })} />
    </>
  );
}
