// The diagnosis engine's public surface.
export { createDiagnosis, type Diagnosis } from './createDiagnosis';
export { FindingSchema, SeveritySchema, type Finding, type Severity } from './finding';
export { diagnosisRuleDescriptors, diagnosisRules } from './ruleRegistry';
export type { DiagnosisRule, RuleDescriptor } from './rule';
