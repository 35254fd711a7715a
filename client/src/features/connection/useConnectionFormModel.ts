import { useState } from 'react';
import { DEFAULT_CONNECTION_SETTINGS, type ConnectionSummary, type ConnectionTarget } from '../../../../shared/connectionTypes';
import { draftFromTarget, targetFromDraft, type ConnectionDraft, type DraftErrors, type DraftField } from './connectionDraft';
import { draftFromSettings, settingsFromDraft, type SettingsDraft, type SettingsField } from './settingsDraft';
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
  const currentSettings = connection?.settings ?? DEFAULT_CONNECTION_SETTINGS;
  const [settingsDraft, setSettingsDraft] = useState<SettingsDraft>(() => draftFromSettings(currentSettings));
  const [settingsErrors, setSettingsErrors] = useState<Partial<Record<SettingsField, string>>>({});
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

  function editSettings(patch: Partial<SettingsDraft>) {
    setSettingsDraft({ ...settingsDraft, ...patch });
    setSettingsErrors({});
  }

  function submit() {
    const result = targetFromDraft(draft);
    const settings = settingsFromDraft(settingsDraft, currentSettings.roots);
    setErrors(result.ok ? {} : result.errors);
    setSettingsErrors(settings.ok ? {} : settings.errors);
    if (!result.ok || !settings.ok) return;
    actions.mutate(
      connection
        ? { kind: 'reconnect', connectionId: connection.id, target: result.target, settings: settings.settings }
        : { kind: 'connect', target: result.target, settings: settings.settings },
    );
  }

  const state = connection?.state;
  const live = state === 'connected' || state === 'connecting';
  return {
    draft,
    errors,
    edit,
    settingsDraft,
    settingsErrors,
    editSettings,
    submit,
    isNew: connection === undefined,
    pending: actions.isPending,
    actionError: actions.error?.message,
    canDisconnect: connection !== undefined && live,
    /** A connection read from a session file: shown, never reconnected. */
    recorded: state === 'recorded',
    disconnect: () => connection && actions.mutate({ kind: 'disconnect', connectionId: connection.id }),
    remove: () => connection && actions.mutate({ kind: 'remove', connectionId: connection.id }),
  };
}
