import { useConnectionFindings } from '../../api/useConnectionFindings';
import { formatSeverityCounts } from './severityCounts';

/** The Diagnoses tab's data: the connection's findings in the order raised and their counts. */
export function useDiagnosesModel(connectionId: string) {
  const snapshot = useConnectionFindings(connectionId);
  return {
    findings: snapshot.findings,
    countsText: formatSeverityCounts(snapshot.counts),
  };
}
