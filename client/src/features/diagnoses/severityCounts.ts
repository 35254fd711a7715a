import type { Severity } from '../../../../shared/diagnosis';

const NOUNS: Record<Severity, [one: string, many: string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
};

/** "2 errors · 1 warning · 0 info": every severity, worst first. */
export function formatSeverityCounts(counts: Readonly<Record<Severity, number>>): string {
  return (['error', 'warning', 'info'] as const).map((severity) => `${counts[severity]} ${NOUNS[severity][counts[severity] === 1 ? 0 : 1]}`).join(' · ');
}
