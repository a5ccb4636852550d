export { define } from './internal/define.js';
