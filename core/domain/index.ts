export * from './common';
export * from './records';
