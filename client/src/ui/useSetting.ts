import { useCallback, useState } from 'react';

const PREFIX = 'mcp-inspect.';

/** The stored value of a setting, or the fallback when unset, unreadable or of another type. */
export function readSetting<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return fallback;
    const value: unknown = JSON.parse(raw);
    return typeof value === typeof fallback ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

/** A UI preference kept in localStorage (pane sizes, toggles); never server data. */
export function useSetting<T extends string | number | boolean>(key: string, fallback: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => readSetting(key, fallback));
  const update = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify(next));
      } catch {
        // Private mode or full storage: the preference lasts for this page only.
      }
    },
    [key],
  );
  return [value, update];
}
