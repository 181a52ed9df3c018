export * from './runtime-config/runtime-config-values';
export * from './runtime-config/runtime-config';
