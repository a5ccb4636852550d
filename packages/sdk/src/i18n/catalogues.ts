import { commonCy, commonEn } from './messages/common.js';
import { spcCy, spcEn } from './messages/spc.js';
import { domainCy, domainEn } from './messages/domain.js';
import { elementsCy, elementsEn } from './messages/elements.js';
import { spcChartCy, spcChartEn } from './messages/spc-chart.js';
import { scorecardCy, scorecardEn } from './messages/scorecard.js';
import { cycleWheelCy, cycleWheelEn } from './messages/cycle-wheel.js';
import { statementCardCy, statementCardEn } from './messages/statement-card.js';
import { actionTrackerCy, actionTrackerEn } from './messages/action-tracker.js';
import { providerCy, providerEn } from './messages/provider.js';
import { demoCy, demoEn } from './messages/demo.js';

/**
 * The English catalogue is the source of the keys. Each part's Welsh catalogue is typed
 * `Record<keyof PartEn, string>`, so a missing Welsh key fails to compile.
 */
export const en = {
  ...commonEn,
  ...spcEn,
  ...domainEn,
  ...elementsEn,
  ...spcChartEn,
  ...scorecardEn,
  ...cycleWheelEn,
  ...statementCardEn,
  ...actionTrackerEn,
  ...providerEn,
  ...demoEn,
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const cy: Messages = {
  ...commonCy,
  ...spcCy,
  ...domainCy,
  ...elementsCy,
  ...spcChartCy,
  ...scorecardCy,
  ...cycleWheelCy,
  ...statementCardCy,
  ...actionTrackerCy,
  ...providerCy,
  ...demoCy,
};
