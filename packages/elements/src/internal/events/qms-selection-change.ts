import type { QmsSelection } from '@qms-kit/sdk';

/**
 * Fired by `<qms-provider>` when a child's `qms-domain-select`, `qms-measure-select` or
 * `qms-segment-select` changed the selection it shares. `detail` is the new selection
 * (`{ domain?, framework?, measure?, aspect? }`; `{}` when nothing is selected). Not fired when
 * the host sets the provider's `selection` property. Bubbles and leaves shadow roots.
 */
export class QmsSelectionChangeEvent extends CustomEvent<QmsSelection> {
  static readonly eventName = 'qms-selection-change' as const;

  constructor(selection: QmsSelection) {
    super(QmsSelectionChangeEvent.eventName, {
      detail: selection,
      bubbles: true,
      composed: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qms-selection-change': QmsSelectionChangeEvent;
  }
}
