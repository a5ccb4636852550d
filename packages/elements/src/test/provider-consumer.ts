// A minimal element using DatasetConsumer, as element authors will: its own `measures` win,
// otherwise it shows the provider's. For the provider's tests; src/test is not built into dist or the manifest.
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Measure } from '@qms-kit/sdk';
import { DatasetConsumer } from '../internal/dataset-consumer.js';

export class TestDatasetConsumer extends LitElement {
  @property({ attribute: false }) measures: Measure[] | undefined;
  /** Show only the measures relevant to the provider's selection. */
  @property({ type: Boolean }) selected = false;
  changes = 0;
  readonly shared = new DatasetConsumer(this, { onChange: () => (this.changes += 1) });

  override render() {
    const measures = this.shared.pick(this.measures, (d, picked) =>
      this.selected ? picked.measures : d.measures,
    );
    return html`<p>${measures ? measures.map((m) => m.id).join(' ') : 'none'}</p>`;
  }
}

if (!customElements.get('test-dataset-consumer')) {
  customElements.define('test-dataset-consumer', TestDatasetConsumer);
}

declare global {
  interface HTMLElementTagNameMap {
    'test-dataset-consumer': TestDatasetConsumer;
  }
}

/** The measure ids the test element shows. */
export const shown = (el: TestDatasetConsumer): string =>
  el.shadowRoot!.querySelector('p')!.textContent!.trim();
