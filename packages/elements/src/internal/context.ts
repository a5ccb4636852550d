import { ContextRoot, createContext } from '@lit/context';
import type { Dataset, QmsSelection } from '@qms-kit/sdk';

/**
 * The dataset `<qms-provider>` shares. The key is a string, not a symbol or object, so two copies
 * of qms-kit on one page (two bundles, two versions) still find each other's providers.
 */
export const datasetContext = createContext<Dataset | undefined>('qms-kit/dataset');

/** The current selection (domain, measure, aspect) `<qms-provider>` shares. String key, as above. */
export const selectionContext = createContext<QmsSelection>('qms-kit/selection');

// Symbol.for: one registry across bundles, so two copies of qms-kit install one root, not two.
const ROOT_KEY = Symbol.for('qms-kit/context-root');
const HANDLED_KEY = Symbol.for('qms-kit/provider-handled');

type Marked = Record<symbol, unknown>;

/**
 * Installs a `ContextRoot` on the document once (shared by every copy of qms-kit on the page).
 * It keeps the context requests of elements that connected before any provider was defined
 * or connected, and replays them when a provider appears.
 */
export function ensureContextRoot(doc: Document): void {
  const holder = doc as unknown as Marked;
  if (holder[ROOT_KEY] !== undefined) return;
  const root = new ContextRoot();
  root.attach(doc.documentElement);
  holder[ROOT_KEY] = root;
}

/** Marks a child's event as handled by a provider, so outer providers leave it alone. */
export function markHandledByProvider(event: Event): void {
  (event as unknown as Marked)[HANDLED_KEY] = true;
}

/** True when a nearer provider (of any copy of qms-kit) has already handled the event. */
export function isHandledByProvider(event: Event): boolean {
  return (event as unknown as Marked)[HANDLED_KEY] === true;
}
