export type { BuiltInLocale, MessagesLike } from './types.js';
export { en, cy, type MessageKey, type Messages } from './catalogues.js';
export {
  registerCatalogue,
  translate,
  translatePlural,
  formatNumber,
  formatDate,
  baseLocale,
  intlLocale,
  type Params,
} from './translate.js';
