import { describe, expect, it } from 'vitest';
import type { ConnectionState } from '../../../shared/connectionTypes';
import { momentOf, settingsPaneShown, type SettingsPaneChoice } from './settingsPane';

const at = (state: ConnectionState, attempt = 1) => ({ state, attempt });
const toggled = (shown: boolean, state: ConnectionState, attempt = 1): SettingsPaneChoice => ({ shown, at: momentOf(at(state, attempt)) });

describe('settingsPaneShown', () => {
  it('is folded while connecting and once connected, and for a recorded session', () => {
    expect(settingsPaneShown(at('connecting'), undefined)).toBe(false);
    expect(settingsPaneShown(at('connected'), undefined)).toBe(false);
    expect(settingsPaneShown(at('recorded'), undefined)).toBe(false);
  });

  it('opens by itself when an attempt fails or the server exits, even after the person folded it', () => {
    expect(settingsPaneShown(at('failed'), undefined)).toBe(true);
    expect(settingsPaneShown(at('exited', 2), toggled(false, 'connected', 2))).toBe(true);
  });

  it('keeps the person’s toggle until the connection changes state', () => {
    expect(settingsPaneShown(at('connected'), toggled(true, 'connected'))).toBe(true);
    expect(settingsPaneShown(at('failed'), toggled(false, 'failed'))).toBe(false);
  });

  it('folds again once a reconnect started from the open form succeeds', () => {
    const opened = toggled(true, 'connected', 1);
    expect(settingsPaneShown(at('connecting', 2), opened)).toBe(true);
    expect(settingsPaneShown(at('connected', 2), opened)).toBe(false);
  });

  it('does not hide the form the person pressed Disconnect in', () => {
    expect(settingsPaneShown(at('disconnected'), toggled(true, 'connected'))).toBe(true);
    expect(settingsPaneShown(at('disconnected'), undefined)).toBe(false);
  });
});
