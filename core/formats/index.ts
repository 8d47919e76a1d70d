export * from './readers';
export * from './writers';
export * from './interchange';
