import type { OAuthDraft } from '../connection/connectionDraft';
import { Disclosure } from '../../ui/Disclosure';
import { TextField } from '../../ui/TextField';

export interface OAuthClientFieldsProps {
  oauth: OAuthDraft;
  error: string | undefined;
  onChange: (oauth: OAuthDraft) => void;
}

/** How the inspector registers as an OAuth client of a remote server; all optional (dynamic registration by default). */
export function OAuthClientFields({ oauth, error, onChange }: OAuthClientFieldsProps) {
  const edit = (patch: Partial<OAuthDraft>) => onChange({ ...oauth, ...patch });
  return (
    <Disclosure summary="OAuth client" defaultOpen={error !== undefined || oauth.clientId !== ''}>
      <div className="mt-1 flex flex-col gap-2">
        <TextField label="Client ID" value={oauth.clientId} placeholder="(dynamic registration)" hint="A client pre-registered with the server's authorization server." onChange={(clientId) => edit({ clientId })} />
        <TextField label="Client secret" type="password" value={oauth.clientSecret} placeholder="(public client)" onChange={(clientSecret) => edit({ clientSecret })} />
        <TextField label="Client metadata URL" type="url" value={oauth.clientMetadataUrl} placeholder="https://…/client.json" onChange={(clientMetadataUrl) => edit({ clientMetadataUrl })} />
        <TextField label="Scope" value={oauth.scope} placeholder="(what the server asks for)" error={error} onChange={(scope) => edit({ scope })} />
      </div>
    </Disclosure>
  );
}
