import { useMemo } from 'react';
import { isInspectorCaused, type Finding, type Severity } from '../../../../shared/diagnosis/finding';
import { useConnectionFindings } from '../../api/useConnectionFindings';
import { formatSeverityCounts } from './severityCounts';

/** Findings about the server, and apart from them those the inspector's own requests caused. */
export function splitFindings(findings: readonly Finding[]): { server: Finding[]; inspector: Finding[] } {
  const server: Finding[] = [];
  const inspector: Finding[] = [];
  for (const finding of findings) (isInspectorCaused(finding) ? inspector : server).push(finding);
  return { server, inspector };
}

/** The Diagnoses tab's data: the findings in the order raised, the server's counted, the inspector's apart. */
export function useDiagnosesModel(connectionId: string) {
  const snapshot = useConnectionFindings(connectionId);
  return useMemo(() => {
    const { server, inspector } = splitFindings(snapshot.findings);
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const finding of server) counts[finding.severity] += 1;
    return { serverFindings: server, inspectorFindings: inspector, countsText: formatSeverityCounts(counts) };
  }, [snapshot.findings]);
}
