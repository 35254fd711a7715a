export * from './sessionFormat';
export * from './readSession';
export * from './sessionEntries';
