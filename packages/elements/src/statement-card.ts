export * from './statement-card/statement-card.js';
