import { commonMessages } from './messages/common.js';
import { spcMessages } from './messages/spc.js';
import { domainMessages } from './messages/domain.js';
import { elementsMessages } from './messages/elements.js';
import { spcChartMessages } from './messages/spc-chart.js';
import { scorecardMessages } from './messages/scorecard.js';
import { cycleWheelMessages } from './messages/cycle-wheel.js';
import { statementCardMessages } from './messages/statement-card.js';
import { actionTrackerMessages } from './messages/action-tracker.js';
import { providerMessages } from './messages/provider.js';
import { demoCy, demoEn } from './messages/demo.js';
import type { MessagePart } from './types.js';

const demoMessages = { en: demoEn, cy: demoCy } satisfies MessagePart<typeof demoEn>;

/** Every built-in part: what `translate` (and the full `en`/`cy` catalogues) hold. */
export const builtInParts: readonly MessagePart[] = [
  commonMessages,
  spcMessages,
  domainMessages,
  elementsMessages,
  spcChartMessages,
  scorecardMessages,
  cycleWheelMessages,
  statementCardMessages,
  actionTrackerMessages,
  providerMessages,
  demoMessages,
];

/**
 * The English catalogue is the source of the keys. Each part's Welsh catalogue is typed
 * `Record<keyof PartEn, string>`, so a missing Welsh key fails to compile.
 */
export const en = {
  ...commonMessages.en,
  ...spcMessages.en,
  ...domainMessages.en,
  ...elementsMessages.en,
  ...spcChartMessages.en,
  ...scorecardMessages.en,
  ...cycleWheelMessages.en,
  ...statementCardMessages.en,
  ...actionTrackerMessages.en,
  ...providerMessages.en,
  ...demoMessages.en,
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const cy: Messages = {
  ...commonMessages.cy,
  ...spcMessages.cy,
  ...domainMessages.cy,
  ...elementsMessages.cy,
  ...spcChartMessages.cy,
  ...scorecardMessages.cy,
  ...cycleWheelMessages.cy,
  ...statementCardMessages.cy,
  ...actionTrackerMessages.cy,
  ...providerMessages.cy,
  ...demoMessages.cy,
};
