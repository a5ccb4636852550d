export * from './options.js';
export * from './common.js';
export * from './measure.js';
export * from './dataset.js';
