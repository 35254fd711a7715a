import { useCallback, useState } from 'react';
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import { momentOf, settingsPaneShown, type SettingsPaneChoice } from './settingsPane';

/** One connection's settings pane: open or not, and the toggle. */
export interface SettingsPane {
  shown: boolean;
  setShown: (shown: boolean) => void;
}

/**
 * The settings pane of every connection, kept by the shell so a choice survives switching between
 * connections (the workspace is remounted per connection). Kept for the page's life, not stored: a
 * connection id means nothing to the next proxy.
 */
export function useSettingsPanes(): (connection: ConnectionSummary) => SettingsPane {
  const [choices, setChoices] = useState<Readonly<Record<string, SettingsPaneChoice>>>({});
  return useCallback(
    (connection: ConnectionSummary) => ({
      shown: settingsPaneShown(connection, choices[connection.id]),
      setShown: (shown: boolean) => setChoices((current) => ({ ...current, [connection.id]: { shown, at: momentOf(connection) } })),
    }),
    [choices],
  );
}
