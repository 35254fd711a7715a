// The debug controls' vocabulary: container size presets, display modes and the host context they make.
import type { McpUiDisplayMode, McpUiHostContext } from '@modelcontextprotocol/ext-apps/app-bridge';

export interface SizePreset {
  id: 'phone' | 'tablet' | 'desktop';
  label: string;
  width: number;
  maxHeight: number;
}

export const SIZE_PRESETS: readonly SizePreset[] = [
  { id: 'phone', label: 'Phone', width: 375, maxHeight: 667 },
  { id: 'tablet', label: 'Tablet', width: 768, maxHeight: 1024 },
  { id: 'desktop', label: 'Desktop', width: 1024, maxHeight: 768 },
];

export const DISPLAY_MODES: readonly McpUiDisplayMode[] = ['inline', 'fullscreen', 'pip'];

export const LOCALES: readonly string[] = ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG'];

/** What the person set in the debug controls. */
export interface AppDisplay {
  theme: 'light' | 'dark';
  locale: string;
  displayMode: McpUiDisplayMode;
  size: SizePreset['id'];
}

export const presetOf = (id: SizePreset['id']): SizePreset => SIZE_PRESETS.find((preset) => preset.id === id) ?? SIZE_PRESETS[2]!;

/** The host context the app is told (spec: `McpUiHostContext`), from the controls and the tool it renders. */
export function hostContextOf(display: AppDisplay, tool: Record<string, unknown> | undefined): McpUiHostContext {
  const preset = presetOf(display.size);
  return {
    theme: display.theme,
    locale: display.locale,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    displayMode: display.displayMode,
    availableDisplayModes: [...DISPLAY_MODES],
    containerDimensions: { width: preset.width, maxHeight: preset.maxHeight },
    platform: preset.id === 'desktop' ? 'web' : 'mobile',
    deviceCapabilities: { touch: preset.id !== 'desktop', hover: preset.id === 'desktop' },
    userAgent: 'mcp-inspect',
    ...(tool ? { toolInfo: { tool: tool as never } } : {}),
  };
}
