import { useEffect, useRef } from 'react';

const onApple = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** How to write the palette shortcut for this platform. */
export const paletteKeyLabel = (): string => (onApple() ? '⌘K' : 'Ctrl+K');

/** Ctrl+K, or Cmd+K on macOS. */
export const isPaletteKey = (event: KeyboardEvent): boolean => (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';

/**
 * A page-wide shortcut. Listens in the capture phase, so a focused widget that keeps keys for itself
 * (the Monaco editor uses Ctrl+K for chords) cannot swallow it.
 */
export function useHotkey(matches: (event: KeyboardEvent) => boolean, onPress: () => void): void {
  const handler = useRef(onPress);
  useEffect(() => {
    handler.current = onPress;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matches(event)) return;
      event.preventDefault();
      event.stopPropagation();
      handler.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [matches]);
}
