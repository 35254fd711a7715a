export * from './mockRecording';
export * from './mockAnswers';
