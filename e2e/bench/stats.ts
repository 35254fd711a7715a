// Small statistics and reporting helpers for the benchmarks.

/** One number a benchmark reports, with the target it should meet when there is one. */
export interface Measurement {
  name: string;
  value: number;
  unit: string;
  target?: { max?: number; min?: number };
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

export function meetsTarget(measurement: Measurement): boolean | undefined {
  const { target, value } = measurement;
  if (!target) return undefined;
  return (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min);
}

function formatValue(value: number, unit: string): string {
  const digits = unit === '×' ? 2 : value >= 100 ? 0 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

/** A fixed-width table: name, value, target, verdict. */
export function formatReport(title: string, measurements: Measurement[]): string {
  const lines = [`\n== ${title}`];
  for (const m of measurements) {
    const verdict = meetsTarget(m);
    const target = m.target ? [m.target.max !== undefined ? `≤ ${m.target.max}` : '', m.target.min !== undefined ? `≥ ${m.target.min}` : ''].join(' ').trim() : '';
    const mark = verdict === undefined ? '' : verdict ? 'ok' : 'MISSED';
    lines.push(`${m.name.padEnd(44)} ${formatValue(m.value, m.unit).padStart(16)}  ${target.padEnd(10)} ${mark}`);
  }
  return lines.join('\n');
}
