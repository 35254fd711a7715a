// `--report FORMAT=FILE` for check and replay: the same run's report in other formats, written to files
// after stdout, so one CI step gets SARIF for code scanning and JUnit for the test report.
import { writeFileSync } from 'node:fs';
import type { ReportFile, ReportFormat } from '../../shared/options/commandTables';

/** Writes each report; returns the files that could not be written, each with why. */
export function writeReports(reports: readonly ReportFile[], render: (format: ReportFormat) => string): string[] {
  const problems: string[] = [];
  for (const { format, file } of reports) {
    try {
      writeFileSync(file, render(format));
    } catch (error) {
      problems.push(`cannot write the ${format} report to ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  return problems;
}
