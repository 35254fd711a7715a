import { describe, expect, it } from 'vitest';
import { DEFAULT_CONNECTION_SETTINGS } from '../../../../shared/connectionTypes';
import { draftFromSettings, settingsFromDraft } from './settingsDraft';

const roots = [{ uri: 'file:///a', name: 'A' }];

describe('settings draft', () => {
  it('round-trips the settings, keeping the roots given', () => {
    const settings = { ...DEFAULT_CONNECTION_SETTINGS, maxTotalTimeoutMs: 9000, roots };
    expect(settingsFromDraft(draftFromSettings(settings), roots)).toEqual({ ok: true, settings });
  });

  it('keeps a chosen era; legacy (the default) is left out, as in settings that predate eras', () => {
    const modern = { ...DEFAULT_CONNECTION_SETTINGS, era: 'modern' as const };
    expect(draftFromSettings(DEFAULT_CONNECTION_SETTINGS).era).toBe('legacy');
    expect(settingsFromDraft(draftFromSettings(modern), [])).toEqual({ ok: true, settings: modern });
    expect(settingsFromDraft({ ...draftFromSettings(modern), era: 'legacy' }, [])).toEqual({ ok: true, settings: DEFAULT_CONNECTION_SETTINGS });
  });

  it('treats an empty maximum as no limit', () => {
    const result = settingsFromDraft({ ...draftFromSettings(DEFAULT_CONNECTION_SETTINGS), maxTotalTimeoutMs: ' ' }, []);
    expect(result.ok && result.settings.maxTotalTimeoutMs).toBe(undefined);
  });

  it('names each invalid timeout', () => {
    const draft = { ...draftFromSettings(DEFAULT_CONNECTION_SETTINGS), requestTimeoutMs: '', maxTotalTimeoutMs: '1.5', serverRequestTimeoutMs: '0' };
    expect(settingsFromDraft(draft, [])).toEqual({
      ok: false,
      errors: {
        requestTimeoutMs: 'Required',
        maxTotalTimeoutMs: 'A whole number of milliseconds above 0',
        serverRequestTimeoutMs: 'A whole number of milliseconds above 0',
      },
    });
  });
});
