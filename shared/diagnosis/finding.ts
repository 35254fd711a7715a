// What the diagnosis reports: one protocol problem, the rule that found it and the events it points at.
import { z } from 'zod';

/** How bad a finding is: `error` breaks the spec, `warning` is likely trouble, `info` is worth a look. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * Whose traffic a finding is about. `inspector`: the inspector's own request caused it (the person
 * pressed "Send anyway" on an undeclared capability, or the Raw composer sent it), so it says nothing
 * about the server; kept apart in the UI and left out of `check`'s verdict. Absent means the server's.
 */
export const FindingCauseSchema = z.enum(['server', 'inspector']);
export type FindingCause = z.infer<typeof FindingCauseSchema>;

/** One problem found in a connection's recorded stream. */
export const FindingSchema = z.object({
  /** The id of the rule that raised it (see `diagnosisRules`). */
  ruleId: z.string(),
  severity: SeveritySchema,
  connectionId: z.string(),
  /** Plain words naming the method, id and values involved. */
  message: z.string(),
  /** A link to the section of the 2025-11-25 specification the rule follows. */
  specSection: z.url(),
  /** Sequence numbers of the recorded events the finding points at, the causing event last. */
  seqs: z.array(z.number()),
  /** `inspector` when the inspector's own traffic caused the finding (absent: the server's). */
  cause: FindingCauseSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** Whether the inspector's own traffic caused the finding (so it says nothing about the server). */
export function isInspectorCaused(finding: Pick<Finding, 'cause'>): boolean {
  return finding.cause === 'inspector';
}
