import type { Problem } from '@qms-kit/sdk';
import type { LocalizeController } from '../../internal/localize.js';

/** `statement-id` names no statement of the provider's dataset: which id, and which there are. */
export function noSuchStatement(
  i18n: LocalizeController,
  missing: { id: string; ids: readonly string[] },
): Problem {
  return {
    where: i18n.t('element.where.attribute', { name: 'statement-id' }),
    message: i18n.t('statementCard.problem.noSuchStatement', {
      id: missing.id,
      ids: missing.ids.join(', '),
    }),
    path: ['statement-id'],
    lang: i18n.lang,
  };
}
