export * from './spc-chart/spc-chart.js';
