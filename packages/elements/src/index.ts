// Classes and event types only: importing this registers no tag (use the define/ entries).
export { define } from './internal/define.js';
export * from './internal/events/index.js';
export * from './spc-icon/spc-icon.js';
export * from './spc-chart/spc-chart.js';
export * from './steeep-scorecard/steeep-scorecard.js';
export * from './cycle-wheel/cycle-wheel.js';
export * from './statement-card/statement-card.js';
export * from './action-tracker/action-tracker.js';
export * from './provider/provider.js';
// For hosts writing their own elements that read a <qms-provider>'s dataset.
export { DatasetConsumer, type DatasetConsumerOptions } from './internal/dataset-consumer.js';
export { datasetContext, selectionContext } from './internal/context.js';
