import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  baseLocale,
  commonMessages,
  elementsMessages,
  formatDate,
  formatNumber,
  intlLocale,
  registerMessages,
  translatePluralRegistered,
  translateRegistered,
  type MessageKey,
  type MessagePart,
  type Params,
} from '@qms-kit/sdk';

export type LocalizeHost = ReactiveControllerHost & HTMLElement;

export interface LocalizeOptions {
  /**
   * The SDK message parts the element uses beyond the shared common and element words, e.g.
   * `[spcChartMessages, spcMessages]`. Only listed parts are bundled, so list every one used.
   */
  parts?: readonly MessagePart[];
}

/** The next element up, stepping out of a shadow root to its host. */
function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Finds the language for `el`: its own `lang`, the nearest ancestor's (crossing shadow roots),
 * else `<html lang>`. Returns the chain of elements walked, so their `lang` can be watched.
 * An empty `lang=""` is skipped rather than meaning "unknown", so a stray empty attribute
 * cannot switch the element to English inside a Welsh page.
 */
export function resolveLang(el: Element): { lang: string; chain: Element[] } {
  const chain: Element[] = [];
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    chain.push(node);
    const lang = node.getAttribute('lang');
    if (lang) return { lang, chain };
  }
  const html = el.ownerDocument.documentElement;
  if (!chain.includes(html)) chain.push(html);
  return { lang: html.getAttribute('lang') || 'en', chain };
}

/**
 * Gives an element its language and the SDK's catalogue in that language.
 *
 * The language comes from the element's `lang`, the nearest ancestor with one (crossing shadow
 * roots) or `<html lang>`. The host re-renders when any of those change. Only the elements on
 * the path up to the nearest `lang` are watched, so the cost is a handful of attribute
 * observers per element and nothing page-global.
 *
 * ```ts
 * private readonly i18n = new LocalizeController(this, { parts: [spcChartMessages] });
 * render() { return html`${this.i18n.t('common.loading')}`; }
 * ```
 */
export class LocalizeController implements ReactiveController {
  private readonly host: LocalizeHost;
  private observer: MutationObserver | undefined;
  private resolved: string | undefined;

  constructor(host: LocalizeHost, options: LocalizeOptions = {}) {
    // Explicit, not a module side effect: the SDK's modules have none, so unused parts drop out.
    registerMessages(commonMessages, elementsMessages, ...(options.parts ?? []));
    this.host = host;
    host.addController(this);
  }

  /** The language tag as written in the page, e.g. `cy-GB` (defaults to `en`). */
  get tag(): string {
    return this.resolved ?? resolveLang(this.host).lang;
  }

  /** The base locale used to pick a catalogue, e.g. `cy`. */
  get lang(): string {
    return baseLocale(this.tag);
  }

  /** The BCP 47 locale to give `Intl`, e.g. `cy-GB`. */
  get intlLocale(): string {
    return intlLocale(this.tag);
  }

  /** The message for `key` in the element's language (English where a message is missing). */
  t(key: MessageKey, params?: Params): string {
    return translateRegistered(this.tag, key, params);
  }

  /** Picks `key.one|two|few|many|other` by the language's plural rules and fills `{count}`. */
  plural(key: string, count: number, params?: Params): string {
    return translatePluralRegistered(this.tag, key, count, params);
  }

  /** A number formatted with `Intl` in the element's language. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.tag, value, options);
  }

  /** A date formatted with `Intl` in the element's language (ISO dates read as UTC days). */
  date(value: string | number | Date, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.tag, value, options);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.refresh());
    // Re-read: the element may have been moved under a different lang.
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Re-reads the language and watches the (possibly changed) chain of elements. */
  private refresh(): void {
    const before = this.resolved;
    this.watch();
    if (this.resolved !== before) this.host.requestUpdate();
  }

  private watch(): void {
    const observer = this.observer;
    if (!observer) return;
    const { lang, chain } = resolveLang(this.host);
    this.resolved = lang;
    observer.disconnect();
    for (const el of chain) observer.observe(el, { attributes: true, attributeFilter: ['lang'] });
  }
}
