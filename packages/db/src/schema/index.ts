export * from './enums.ts';
export * from './directory.ts';
export * from './scheduling.ts';
export * from './evenings.ts';
export * from './auth.ts';
export * from './attendance.ts';
export * from './workers.ts';
export * from './notifications.ts';
