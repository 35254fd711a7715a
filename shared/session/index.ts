export * from './sessionFormat';
export * from './readSession';
export * from './sessionEntries';
export * from './redaction';
export * from './sessionLineWriter';
export * from './targetReview';
