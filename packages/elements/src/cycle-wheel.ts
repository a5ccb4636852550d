export * from './cycle-wheel/cycle-wheel.js';
