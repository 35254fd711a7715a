export * from './ignoreRules';
export * from './jsonPath';
export * from './replayPlan';
export * from './replayReport';
export * from './structuralDiff';
export * from './verdict';
export * from './previewValue';
