import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { cy, en } from '@qms-kit/sdk';
import { afterLangChange } from '../test/lang.js';
import { LocalizeController, resolveLang } from './localize.js';

/** Renders its language and a translated word, and counts its renders. */
class LangProbe extends LitElement {
  readonly i18n = new LocalizeController(this);
  renders = 0;
  override render() {
    this.renders += 1;
    return html`<span>${this.i18n.lang}|${this.i18n.t('common.loading')}</span>`;
  }
}
customElements.define('qms-test-lang-probe', LangProbe);

/** Hosts a probe inside its own shadow root, to test crossing shadow boundaries. */
class LangShell extends LitElement {
  override render() {
    return html`<div><qms-test-lang-probe></qms-test-lang-probe></div>`;
  }
}
customElements.define('qms-test-lang-shell', LangShell);

const textOf = (el: LangProbe) => el.shadowRoot!.textContent ?? '';

describe('LocalizeController', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('resolving the language', () => {
    it('uses the element’s own lang first', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><qms-test-lang-probe lang="cy"></qms-test-lang-probe></div>`,
      );
      const el = wrapper.querySelector<LangProbe>('qms-test-lang-probe')!;
      expect(el.i18n.lang).to.equal('cy');
      expect(textOf(el)).to.equal(`cy|${cy['common.loading']}`);
    });

    it('then the nearest ancestor with lang', async () => {
      const wrapper = await fixture(
        html`<div lang="en">
          <section lang="cy-GB">
            <p><qms-test-lang-probe></qms-test-lang-probe></p>
          </section>
        </div>`,
      );
      const el = wrapper.querySelector<LangProbe>('qms-test-lang-probe')!;
      expect(el.i18n.tag).to.equal('cy-GB');
      expect(el.i18n.lang).to.equal('cy');
      expect(el.i18n.intlLocale).to.equal('cy-GB');
    });

    it('then <html lang>', async () => {
      document.documentElement.lang = 'cy';
      const el = await fixture<LangProbe>(html`<qms-test-lang-probe></qms-test-lang-probe>`);
      expect(el.i18n.lang).to.equal('cy');
    });

    it('defaults to English when nothing says otherwise', async () => {
      document.documentElement.removeAttribute('lang');
      const el = await fixture<LangProbe>(html`<qms-test-lang-probe></qms-test-lang-probe>`);
      expect(el.i18n.lang).to.equal('en');
      expect(el.i18n.intlLocale).to.equal('en-GB');
    });

    it('skips an empty lang="" rather than treating it as unknown', async () => {
      const wrapper = await fixture(
        html`<div lang="cy">
          <span lang=""><qms-test-lang-probe></qms-test-lang-probe></span>
        </div>`,
      );
      expect(wrapper.querySelector<LangProbe>('qms-test-lang-probe')!.i18n.lang).to.equal('cy');
    });

    it('crosses shadow roots to the host’s ancestors', async () => {
      const wrapper = await fixture(
        html`<div lang="cy"><qms-test-lang-shell></qms-test-lang-shell></div>`,
      );
      const shell = wrapper.querySelector<LangShell>('qms-test-lang-shell')!;
      const probe = shell.shadowRoot!.querySelector<LangProbe>('qms-test-lang-probe')!;
      await probe.updateComplete;
      expect(probe.i18n.lang).to.equal('cy');
    });

    it('resolveLang reports the chain it walked, stopping at the nearest lang', async () => {
      const wrapper = await fixture(
        html`<div lang="cy">
          <p><b></b></p>
        </div>`,
      );
      const b = wrapper.querySelector('b')!;
      const { lang, chain } = resolveLang(b);
      expect(lang).to.equal('cy');
      expect(chain.map((e) => e.localName)).to.deep.equal(['b', 'p', 'div']);
    });
  });

  describe('re-rendering on change', () => {
    it('when <html lang> changes', async () => {
      const el = await fixture<LangProbe>(html`<qms-test-lang-probe></qms-test-lang-probe>`);
      document.documentElement.lang = 'cy';
      await afterLangChange(el);
      expect(textOf(el)).to.equal(`cy|${cy['common.loading']}`);
    });

    it('when an ancestor gains, changes or loses lang', async () => {
      const wrapper = await fixture(
        html`<div>
          <p><qms-test-lang-probe></qms-test-lang-probe></p>
        </div>`,
      );
      const el = wrapper.querySelector<LangProbe>('qms-test-lang-probe')!;
      wrapper.setAttribute('lang', 'cy');
      await afterLangChange(el);
      expect(el.i18n.lang).to.equal('cy');
      el.parentElement!.lang = 'en';
      await afterLangChange(el);
      expect(textOf(el)).to.equal(`en|${en['common.loading']}`);
      el.parentElement!.removeAttribute('lang');
      await afterLangChange(el);
      expect(textOf(el)).to.equal(`cy|${cy['common.loading']}`);
    });

    it('when the shadow host’s ancestor changes lang', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><qms-test-lang-shell></qms-test-lang-shell></div>`,
      );
      const probe = wrapper
        .querySelector('qms-test-lang-shell')!
        .shadowRoot!.querySelector<LangProbe>('qms-test-lang-probe')!;
      await probe.updateComplete;
      wrapper.setAttribute('lang', 'cy');
      await afterLangChange(probe);
      expect(probe.i18n.lang).to.equal('cy');
    });

    it('not when an unrelated lang changes', async () => {
      const wrapper = await fixture(
        html`<div lang="cy">
          <qms-test-lang-probe></qms-test-lang-probe>
          <p lang="en"></p>
        </div>`,
      );
      const el = wrapper.querySelector<LangProbe>('qms-test-lang-probe')!;
      const before = el.renders;
      wrapper.querySelector('p')!.lang = 'fr';
      document.documentElement.lang = 'fr';
      await afterLangChange(el);
      expect(el.renders).to.equal(before);
    });

    it('re-reads the language when moved to another part of the page', async () => {
      const wrapper = await fixture(
        html`<div>
          <section lang="cy"></section>
          <section lang="en"><qms-test-lang-probe></qms-test-lang-probe></section>
        </div>`,
      );
      const el = wrapper.querySelector<LangProbe>('qms-test-lang-probe')!;
      wrapper.querySelector('section')!.append(el);
      await afterLangChange(el);
      expect(textOf(el)).to.equal(`cy|${cy['common.loading']}`);
    });

    it('stops watching once disconnected', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><qms-test-lang-probe></qms-test-lang-probe></div>`,
      );
      const el = wrapper.querySelector<LangProbe>('qms-test-lang-probe')!;
      el.remove();
      const before = el.renders;
      wrapper.setAttribute('lang', 'cy');
      await afterLangChange(el);
      expect(el.renders).to.equal(before);
    });
  });

  describe('formatting', () => {
    it('t() fills parameters and falls back to English for unknown locales', async () => {
      const el = await fixture<LangProbe>(
        html`<qms-test-lang-probe lang="fr"></qms-test-lang-probe>`,
      );
      expect(el.i18n.lang).to.equal('fr');
      expect(el.i18n.t('element.where.attribute', { name: 'kind' })).to.equal('the kind attribute');
    });

    it('plural() follows the language’s plural rules', async () => {
      const english = await fixture<LangProbe>(
        html`<qms-test-lang-probe lang="en"></qms-test-lang-probe>`,
      );
      expect(english.i18n.plural('element.error.more', 1)).to.equal('…and 1 more problem');
      expect(english.i18n.plural('element.error.more', 3)).to.equal('…and 3 more problems');
      const welsh = await fixture<LangProbe>(
        html`<qms-test-lang-probe lang="cy"></qms-test-lang-probe>`,
      );
      expect(welsh.i18n.plural('element.error.more', 1)).to.equal(
        cy['element.error.more.one'].replace('{count}', '1'),
      );
      expect(welsh.i18n.plural('element.error.more', 7)).to.equal(
        cy['element.error.more.other'].replace('{count}', '7'),
      );
    });

    it('number() and date() use Intl in the element’s locale', async () => {
      const english = await fixture<LangProbe>(
        html`<qms-test-lang-probe lang="en"></qms-test-lang-probe>`,
      );
      const welsh = await fixture<LangProbe>(
        html`<qms-test-lang-probe lang="cy"></qms-test-lang-probe>`,
      );
      expect(english.i18n.number(12345.6)).to.equal('12,345.6');
      expect(english.i18n.number(0.256, { style: 'percent' })).to.equal('26%');
      expect(english.i18n.date('2024-01-15', { month: 'long' })).to.equal('January');
      // Debian's Chromium ships no Welsh date names; the SDK supplies them, so Welsh always reads Welsh.
      expect(welsh.i18n.date('2024-01-15', { month: 'long' })).to.equal('Ionawr');
      expect(welsh.i18n.date('2024-03-01', { month: 'short', year: 'numeric' })).to.equal(
        'Maw 2024',
      );
    });
  });
});
