// The client-side settings of the connection form (capabilities and timeouts) as typed, and their
// conversion to validated ConnectionSettings. Timeouts are typed as text so a half-typed number is not lost.
import {
  ConnectionSettingsSchema,
  type ClientCapabilityChoices,
  type ConnectionSettings,
  type EraChoice,
} from '../../../../shared/connectionTypes';

export interface SettingsDraft {
  capabilities: ClientCapabilityChoices;
  requestTimeoutMs: string;
  resetTimeoutOnProgress: boolean;
  /** Empty for no limit. */
  maxTotalTimeoutMs: string;
  serverRequestTimeoutMs: string;
  era: EraChoice;
}

export type SettingsField = 'requestTimeoutMs' | 'maxTotalTimeoutMs' | 'serverRequestTimeoutMs';
export type SettingsResult = { ok: true; settings: ConnectionSettings } | { ok: false; errors: Partial<Record<SettingsField, string>> };

export function draftFromSettings(settings: ConnectionSettings): SettingsDraft {
  return {
    capabilities: { ...settings.capabilities },
    requestTimeoutMs: String(settings.requestTimeoutMs),
    resetTimeoutOnProgress: settings.resetTimeoutOnProgress,
    maxTotalTimeoutMs: settings.maxTotalTimeoutMs === undefined ? '' : String(settings.maxTotalTimeoutMs),
    serverRequestTimeoutMs: String(settings.serverRequestTimeoutMs),
    era: settings.era ?? 'legacy',
  };
}

function milliseconds(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d+$/.test(trimmed) || Number(trimmed) <= 0) return 'invalid';
  return Number(trimmed);
}

/** Validates the draft; `roots` are not edited here and are carried over from the current settings. */
export function settingsFromDraft(draft: SettingsDraft, roots: ConnectionSettings['roots']): SettingsResult {
  const errors: Partial<Record<SettingsField, string>> = {};
  const read = (field: SettingsField, required: boolean) => {
    const value = milliseconds(draft[field]);
    if (value === 'invalid') errors[field] = 'A whole number of milliseconds above 0';
    else if (value === undefined && required) errors[field] = 'Required';
    return value === 'invalid' ? undefined : value;
  };
  const requestTimeoutMs = read('requestTimeoutMs', true);
  const maxTotalTimeoutMs = read('maxTotalTimeoutMs', false);
  const serverRequestTimeoutMs = read('serverRequestTimeoutMs', true);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = ConnectionSettingsSchema.safeParse({
    capabilities: draft.capabilities,
    roots,
    requestTimeoutMs,
    resetTimeoutOnProgress: draft.resetTimeoutOnProgress,
    ...(maxTotalTimeoutMs === undefined ? {} : { maxTotalTimeoutMs }),
    serverRequestTimeoutMs,
    ...(draft.era === 'legacy' ? {} : { era: draft.era }),
  });
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, errors: { requestTimeoutMs: parsed.error.issues[0]?.message ?? 'Invalid' } };
}
