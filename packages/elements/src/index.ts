export { define } from './internal/define.js';
export * from './internal/events/index.js';
export * from './spc-icon/spc-icon.js';
