export * from './spc-icon/spc-icon.js';
