import {
  localisedString,
  type Action,
  type ActionGroup,
  type Framework,
  type LocalisedText,
} from '@qms-kit/sdk';
import type { LocalizeController } from '../../internal/localize.js';
import type { CsvTransfer } from '../controllers/csv-transfer.js';
import type { EditSession } from '../controllers/edit-session.js';
import type { ListState } from '../controllers/list-state.js';
import type { RowChanges } from '../controllers/row-changes.js';
import {
  aspectLabel,
  domainLabel,
  groupLabel,
  type QmsActionTrackerGroupBy,
  type QmsActionTrackerView,
} from '../view.js';
import type { FormHost } from './form.js';

/** A measure or statement the tracker can name when an action links to it. */
export interface QmsLinkedItem {
  id: string;
  /** A measure's name. */
  name?: LocalisedText;
  /** A statement's title. */
  title?: LocalisedText;
}

/** What the tracker's templates read and call: its settings, its controllers and its labels. */
export interface TrackerContext {
  readonly i18n: LocalizeController;
  readonly readonly: boolean;
  readonly label: string | undefined;
  /** Printing shows every row and card. */
  readonly printing: boolean;
  readonly view: QmsActionTrackerView;
  readonly grouping: QmsActionTrackerGroupBy;
  readonly framework: Framework | undefined;
  readonly today: string;
  readonly dueSoonDays: number;
  /** Rows per page, and the rows the table shows now. */
  readonly pageStep: number;
  readonly limit: number;
  /** The actions as changed by the user. */
  readonly working: readonly Action[];
  readonly measures: readonly QmsLinkedItem[] | undefined;
  readonly statements: readonly QmsLinkedItem[] | undefined;
  readonly announcement: string;
  readonly list: ListState;
  readonly rows: RowChanges;
  readonly session: EditSession;
  readonly csv: CsvTransfer;
  readonly formHost: FormHost;
  level(offset: number): number;
  text(value: LocalisedText | undefined): string;
  aspectLabel(aspect: Action['aspect'] | null): string;
  domainLabel(id: string | null | undefined): string;
  groupLabel(group: ActionGroup): string;
  setView(view: QmsActionTrackerView): void;
  setGroupBy(event: Event): void;
  download(): void;
}

/** The context's labels: text in the page's language, and names of aspects, domains, groups. */
export function trackerLabels(
  i18n: LocalizeController,
  framework: Framework | undefined,
): Pick<TrackerContext, 'text' | 'aspectLabel' | 'domainLabel' | 'groupLabel'> {
  return {
    text: (value) => localisedString(value, i18n.lang),
    aspectLabel: (aspect) => aspectLabel(i18n, aspect),
    domainLabel: (id) => domainLabel(i18n, framework, id),
    groupLabel: (group) => groupLabel(i18n, framework, group),
  };
}
