export type { BuiltInLocale, MessagePart, MessagesLike } from './types.js';
export { en, cy, type MessageKey, type Messages } from './catalogues.js';
export { translate, translatePlural } from './translate.js';
export {
  registerCatalogue,
  registerMessages,
  translateRegistered,
  translatePluralRegistered,
  type Params,
} from './registry.js';
export { formatNumber, formatDate, baseLocale, intlLocale } from './format.js';
export { commonMessages } from './messages/common.js';
export { elementsMessages } from './messages/elements.js';
export { domainMessages } from './messages/domain.js';
export { spcMessages } from './messages/spc.js';
export { spcChartMessages } from './messages/spc-chart.js';
export { scorecardMessages } from './messages/scorecard.js';
export { cycleWheelMessages } from './messages/cycle-wheel.js';
export { statementCardMessages } from './messages/statement-card.js';
export { actionTrackerMessages } from './messages/action-tracker.js';
export { providerMessages } from './messages/provider.js';
