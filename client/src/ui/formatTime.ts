/** Local wall-clock time with milliseconds, e.g. "2026-11-23 09:45:33.123". */
export function formatAbsoluteTime(time: number): string {
  const d = new Date(time);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/** Local time of day with milliseconds, e.g. "09:45:33.123" (the log's Clock column, a task's history). */
export function formatClockTime(time: number): string {
  return formatAbsoluteTime(time).slice(11);
}
