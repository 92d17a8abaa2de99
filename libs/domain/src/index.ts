export * from './caf';
export * from './indicators';
export * from './offices';
export * from './periods';
export * from './access';
export * from './submissions';
export * from './submission-checks';
export * from './plausibility';
