import { useState } from 'react';
import type { ConnectionSummary, ConnectionTarget } from '../../../../shared/connectionTypes';
import { draftFromTarget, targetFromDraft, type ConnectionDraft, type DraftErrors, type DraftField } from './connectionDraft';
import { useConnectionActions } from './useConnectionActions';

export interface ConnectionFormModelOptions {
  /** The connection being edited; none for the new-connection form. */
  connection: ConnectionSummary | undefined;
  /** Prefill for a new connection (the target named on the command line). */
  launchTarget: ConnectionTarget | undefined;
  onConnected: (connection: ConnectionSummary) => void;
}

/** State and actions of the connection form; the view only renders them. */
export function useConnectionFormModel({ connection, launchTarget, onConnected }: ConnectionFormModelOptions) {
  const [draft, setDraft] = useState<ConnectionDraft>(() => draftFromTarget(connection?.target ?? launchTarget));
  const [errors, setErrors] = useState<DraftErrors>({});
  const actions = useConnectionActions(onConnected);

  function edit(patch: Partial<ConnectionDraft>) {
    setDraft({ ...draft, ...patch });
    const touched = Object.keys(patch) as DraftField[];
    if (touched.some((field) => errors[field])) {
      const next = { ...errors };
      for (const field of touched) delete next[field];
      setErrors(next);
    }
  }

  function submit() {
    const result = targetFromDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    actions.mutate(
      connection ? { kind: 'reconnect', connectionId: connection.id, target: result.target } : { kind: 'connect', target: result.target },
    );
  }

  const state = connection?.state;
  const live = state === 'connected' || state === 'connecting';
  return {
    draft,
    errors,
    edit,
    submit,
    isNew: connection === undefined,
    pending: actions.isPending,
    actionError: actions.error?.message,
    canDisconnect: connection !== undefined && live,
    /** A connection read from a session file: shown, never reconnected. */
    recorded: state === 'recorded',
    disconnect: () => connection && actions.mutate({ kind: 'disconnect', connectionId: connection.id }),
    reconnect: () => connection && actions.mutate({ kind: 'reconnect', connectionId: connection.id }),
    remove: () => connection && actions.mutate({ kind: 'remove', connectionId: connection.id }),
  };
}
