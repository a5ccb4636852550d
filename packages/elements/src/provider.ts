export * from './provider/provider.js';
