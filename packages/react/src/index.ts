// React 18 (and older) wrappers; React 19 can use the elements directly (see ./jsx.ts).
export * from './generated/index.js';
