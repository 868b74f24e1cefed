export * from './ids';
export * from './evaluation';
export * from './project';
export * from './document';
export * from './code';
export * from './segment';
export * from './dataset';
export * from './audit';
