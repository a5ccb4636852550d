import '@qms-kit/elements/define/provider.js';
import '@qms-kit/elements/define/steeep-scorecard.js';
import '@qms-kit/elements/define/spc-chart.js';
import '@qms-kit/elements/define/cycle-wheel.js';
import '@qms-kit/elements/define/statement-card.js';
import '@qms-kit/elements/define/action-tracker.js';
import { sampleDataset } from '@qms-kit/sdk/sample';
import { DemoApp } from './app.js';
import { createDemoStore } from './persistence.js';

// The ward-to-board dashboard: every qms-kit element on one page, sharing the synthetic sample
// dataset through <qms-provider>, with the user's edits kept in IndexedDB.
const root = document.getElementById('app');
if (root) {
  void new DemoApp({ root, sample: sampleDataset, store: createDemoStore() }).start();
}
