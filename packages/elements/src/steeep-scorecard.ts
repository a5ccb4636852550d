export * from './steeep-scorecard/steeep-scorecard.js';
