export * from './action-tracker/action-tracker.js';
