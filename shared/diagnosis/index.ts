// The diagnosis engine's public surface.
export { createDiagnosis, type Diagnosis } from './createDiagnosis';
export { FindingCauseSchema, FindingSchema, SeveritySchema, isInspectorCaused, type Finding, type FindingCause, type Severity } from './finding';
export { diagnosisRuleDescriptors, diagnosisRules } from './ruleRegistry';
export type { DiagnosisRule, RuleDescriptor } from './rule';
