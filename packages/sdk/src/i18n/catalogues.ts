import { commonCy, commonEn } from './messages/common.js';
import { spcCy, spcEn } from './messages/spc.js';
import { domainCy, domainEn } from './messages/domain.js';
import { elementsCy, elementsEn } from './messages/elements.js';

/**
 * The English catalogue is the source of the keys. Each part's Welsh catalogue is typed
 * `Record<keyof PartEn, string>`, so a missing Welsh key fails to compile.
 */
export const en = { ...commonEn, ...spcEn, ...domainEn, ...elementsEn } as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const cy: Messages = { ...commonCy, ...spcCy, ...domainCy, ...elementsCy };
