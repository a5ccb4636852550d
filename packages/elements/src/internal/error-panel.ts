import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { Problem } from '@qms-kit/sdk';
import { QmsErrorEvent, type QmsErrorSource } from './events/qms-error.js';
import type { LocalizeController, LocalizeHost } from './localize.js';

/** Beyond this many, the panel says "…and N more problems" (the event carries them all). */
export const MAX_LISTED_PROBLEMS = 5;

export interface ErrorPanelOptions {
  /** Replaces the default title ("This content could not be shown"). */
  title?: string;
  /** A smaller panel for inline elements such as icons. */
  compact?: boolean;
}

/**
 * The readable error every element shows instead of a blank box: `role="alert"`, a title and
 * one line per problem ("where: message"). Style it with `stateStyles` from `styles.ts`;
 * hosts style it through `::part(error)`.
 */
export function renderErrorPanel(
  i18n: LocalizeController,
  problems: readonly Problem[],
  options: ErrorPanelOptions = {},
): TemplateResult {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length - listed.length;
  return html`<div
    class="qms-error ${options.compact ? 'qms-error--compact' : ''}"
    part="error"
    role="alert"
  >
    <p class="qms-error__title">${options.title ?? i18n.t('common.error.title')}</p>
    ${
      problems.length === 0
        ? nothing
        : html`<ul class="qms-error__list">
            ${listed.map(
              // Each line in its own language (SDK problems are English), so a screen reader
              // on a Welsh page reads an English message with an English voice.
              // prettier-ignore
              (p) => html`<li lang=${p.lang ?? 'en'}><span class="qms-error__where">${p.where}</span>: ${p.message}</li>`,
            )}
            ${more > 0 ? html`<li>${i18n.plural('element.error.more', more)}</li>` : nothing}
          </ul>`
    }
  </div>`;
}

/** Identifies a set of problems so the same set is reported once. */
function problemsKey(source: QmsErrorSource, problems: readonly Problem[]): string {
  return JSON.stringify([source, problems.map((p) => [p.where, p.message])]);
}

/**
 * Fires `qms-error` once per distinct set of problems, after the update that shows them.
 * Call `report()` while rendering (or in `willUpdate`) with the current problems; pass an
 * empty list or `clear()` when the input is good again, so the same error can fire again
 * later.
 */
export class ErrorReporter implements ReactiveController {
  private readonly host: LocalizeHost;
  private pending: { source: QmsErrorSource; problems: Problem[] } | undefined;
  private lastKey: string | undefined;

  constructor(host: LocalizeHost) {
    this.host = host;
    host.addController(this);
  }

  /** Records the current problems; the event (if they are new) follows the update. */
  report(problems: readonly Problem[], source: QmsErrorSource): void {
    if (problems.length === 0) {
      this.clear();
      return;
    }
    const key = problemsKey(source, problems);
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.pending = { source, problems: [...problems] };
    // A no-op during an update; outside one, it schedules the update that fires the event.
    this.host.requestUpdate();
  }

  /** The input is good again: forget the last problems. */
  clear(): void {
    this.lastKey = undefined;
    this.pending = undefined;
  }

  hostUpdated(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.host.dispatchEvent(new QmsErrorEvent(pending));
  }
}
