/**
 * A byte count in binary units (1 KiB = 1024 B), the one way sizes read across the UI (log rows, content
 * blocks, session files) and as the proxy words its own limits ("4 MiB").
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
