import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { cy, en, type MessageKey } from '@qms-kit/sdk';
import '../define/spc-icon.js';
import type { QmsErrorEvent } from '../internal/events/index.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { afterLangChange } from '../test/lang.js';
import { QmsSpcIcon } from './spc-icon.js';

const variations = [
  ['common-cause', null],
  ['improvement-high', 'H'],
  ['improvement-low', 'L'],
  ['concern-high', 'H'],
  ['concern-low', 'L'],
  ['neither-high', null],
  ['neither-low', null],
  ['none', null],
] as const;

const assurances = [
  ['pass', 'P'],
  ['fail', 'F'],
  ['hit-or-miss', '?'],
  ['none', null],
] as const;

const svgOf = (el: QmsSpcIcon) => el.shadowRoot!.querySelector('svg')!;
const nameOf = (el: QmsSpcIcon) => {
  const svg = svgOf(el);
  const id = svg.getAttribute('aria-labelledby')!;
  return el.shadowRoot!.getElementById(id)?.textContent ?? '';
};
const letterOf = (el: QmsSpcIcon) => svgOf(el).querySelector('text')?.textContent ?? null;
const key = (kind: string, value: string) => `icon.${kind}.${value}` as MessageKey;

async function icon(kind: string | undefined, value: string | undefined) {
  return fixture<QmsSpcIcon>(
    html`<qms-spc-icon kind=${kind ?? ''} value=${value ?? ''}></qms-spc-icon>`,
  );
}

describe('<qms-spc-icon>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('is registered by the define entry as QmsSpcIcon', () => {
    expect(customElements.get('qms-spc-icon')).to.equal(QmsSpcIcon);
    expect(document.createElement('qms-spc-icon')).to.be.instanceOf(QmsSpcIcon);
  });

  describe('variation icons', () => {
    for (const [value, letter] of variations) {
      it(`${value}: draws its glyph and is named in English`, async () => {
        const el = await icon('variation', value);
        const svg = svgOf(el);
        expect(svg.getAttribute('role')).to.equal('img');
        expect(svg.dataset.value).to.equal(value);
        expect(nameOf(el)).to.equal(en[key('variation', value)]);
        expect(letterOf(el)).to.equal(letter);
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      });
    }

    it('common cause has a run of grey dots, none of them a signal, and no letter', async () => {
      const el = await icon('variation', 'common-cause');
      expect(svgOf(el).querySelectorAll('.dot')).to.have.length(5);
      expect(svgOf(el).querySelectorAll('.dot.signal')).to.have.length(0);
      expect(svgOf(el).querySelector('text')).to.equal(null);
    });

    it('improvement and concern mark their last two points as signals, in their own tone', async () => {
      for (const value of ['improvement-high', 'concern-low']) {
        const el = await icon('variation', value);
        expect(svgOf(el).querySelectorAll('.dot.signal'), value).to.have.length(2);
        expect(svgOf(el).classList.contains(value.split('-')[0]!), value).to.equal(true);
      }
    });

    it('the high signal sits above the run and the low one below it', async () => {
      const lastY = async (value: string) => {
        const dots = svgOf(await icon('variation', value)).querySelectorAll('.dot');
        const first = Number(dots[0]!.getAttribute('cy'));
        const last = Number(dots[dots.length - 1]!.getAttribute('cy'));
        return last - first;
      };
      // SVG y grows downwards.
      expect(await lastY('improvement-high')).to.be.lessThan(0);
      expect(await lastY('concern-high')).to.be.lessThan(0);
      expect(await lastY('improvement-low')).to.be.greaterThan(0);
      expect(await lastY('concern-low')).to.be.greaterThan(0);
    });

    it('neither icons draw an up or a down arrow in the neutral tone', async () => {
      const up = svgOf(await icon('variation', 'neither-high'));
      const down = svgOf(await icon('variation', 'neither-low'));
      expect(up.classList.contains('neutral')).to.equal(true);
      expect(up.querySelector('.arrow')!.getAttribute('d')).to.match(/^M20 19V7/);
      expect(down.querySelector('.arrow')!.getAttribute('d')).to.match(/^M20 7V19/);
    });

    it('none draws a dashed "not assessed" ring with a dash, not a blank', async () => {
      const svg = svgOf(await icon('variation', 'none'));
      expect(svg.classList.contains('none')).to.equal(true);
      expect(svg.querySelector('.dash')).to.not.equal(null);
    });
  });

  describe('assurance icons', () => {
    for (const [value, letter] of assurances) {
      it(`${value}: draws its letter and is named in English`, async () => {
        const el = await icon('assurance', value);
        expect(svgOf(el).dataset.kind).to.equal('assurance');
        expect(nameOf(el)).to.equal(en[key('assurance', value)]);
        expect(letterOf(el)).to.equal(letter);
      });
    }

    it('pass is in the improvement tone, fail in the concern tone, hit or miss in grey', async () => {
      expect(svgOf(await icon('assurance', 'pass')).classList.contains('improvement')).to.equal(
        true,
      );
      expect(svgOf(await icon('assurance', 'fail')).classList.contains('concern')).to.equal(true);
      expect(svgOf(await icon('assurance', 'hit-or-miss')).classList.contains('common')).to.equal(
        true,
      );
    });
  });

  describe('attributes', () => {
    it('infers the kind from the value when kind is absent', async () => {
      const el = await icon(undefined, 'hit-or-miss');
      expect(svgOf(el).dataset.kind).to.equal('assurance');
      expect(nameOf(el)).to.equal(en['icon.assurance.hit-or-miss']);
    });

    it('with neither kind nor value draws "variation not assessed"', async () => {
      const el = await fixture<QmsSpcIcon>(html`<qms-spc-icon></qms-spc-icon>`);
      expect(nameOf(el)).to.equal(en['icon.variation.none']);
    });

    it('ignores case and surrounding spaces in values', async () => {
      const el = await icon('Variation', ' Improvement-High ');
      expect(svgOf(el).dataset.value).to.equal('improvement-high');
    });

    it('label replaces the accessible name', async () => {
      const el = await fixture<QmsSpcIcon>(
        html`<qms-spc-icon
          value="pass"
          label="Four-hour target: will consistently pass"
        ></qms-spc-icon>`,
      );
      expect(nameOf(el)).to.equal('Four-hour target: will consistently pass');
    });

    it('show-label prints the short name beside the icon, hidden from the accessibility tree', async () => {
      const el = await fixture<QmsSpcIcon>(
        html`<qms-spc-icon value="concern-low" show-label></qms-spc-icon>`,
      );
      const label = el.shadowRoot!.querySelector('[part="label"]')!;
      expect(label.textContent).to.equal(en['icon.variation.concern-low.short']);
      expect(label.getAttribute('aria-hidden')).to.equal('true');
      el.showLabel = false;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="label"]')).to.equal(null);
    });

    it('updates when value changes at runtime', async () => {
      const el = await icon('variation', 'common-cause');
      el.value = 'neither-low';
      await el.updateComplete;
      expect(nameOf(el)).to.equal(en['icon.variation.neither-low']);
    });
  });

  describe('Welsh', () => {
    for (const [value] of variations) {
      it(`names ${value} in Welsh inside a lang="cy" wrapper`, async () => {
        const wrapper = await fixture(
          html`<div lang="cy">
            <qms-spc-icon kind="variation" value=${value} show-label></qms-spc-icon>
          </div>`,
        );
        const el = wrapper.querySelector('qms-spc-icon')!;
        expect(nameOf(el)).to.equal(cy[key('variation', value)]);
        expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal(
          cy[`icon.variation.${value}.short` as MessageKey],
        );
      });
    }

    for (const [value] of assurances) {
      it(`names ${value} in Welsh when <html lang="cy">`, async () => {
        document.documentElement.lang = 'cy';
        const el = await icon('assurance', value);
        expect(nameOf(el)).to.equal(cy[key('assurance', value)]);
      });
    }

    it('keeps the MDC letters in Welsh', async () => {
      const el = await fixture<QmsSpcIcon>(
        html`<qms-spc-icon lang="cy" value="improvement-low"></qms-spc-icon>`,
      );
      expect(letterOf(el)).to.equal('L');
    });

    it('honours its own lang over the page and accepts region subtags (cy-GB)', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><qms-spc-icon lang="cy-GB" value="fail"></qms-spc-icon></div>`,
      );
      const el = wrapper.querySelector('qms-spc-icon')!;
      expect(nameOf(el)).to.equal(cy['icon.assurance.fail']);
    });

    it('re-renders when the page language changes at runtime', async () => {
      const el = await icon('variation', 'concern-high');
      expect(nameOf(el)).to.equal(en['icon.variation.concern-high']);
      document.documentElement.lang = 'cy';
      await afterLangChange(el);
      expect(nameOf(el)).to.equal(cy['icon.variation.concern-high']);
      document.documentElement.lang = 'en';
      await afterLangChange(el);
      expect(nameOf(el)).to.equal(en['icon.variation.concern-high']);
    });

    it('re-renders when a wrapper gains or loses lang', async () => {
      const wrapper = await fixture(
        html`<section>
          <div><qms-spc-icon value="pass"></qms-spc-icon></div>
        </section>`,
      );
      const el = wrapper.querySelector('qms-spc-icon')!;
      wrapper.setAttribute('lang', 'cy');
      await afterLangChange(el);
      expect(nameOf(el)).to.equal(cy['icon.assurance.pass']);
      el.parentElement!.setAttribute('lang', 'en');
      await afterLangChange(el);
      expect(nameOf(el)).to.equal(en['icon.assurance.pass']);
      el.parentElement!.removeAttribute('lang');
      await afterLangChange(el);
      expect(nameOf(el)).to.equal(cy['icon.assurance.pass']);
    });

    it('re-renders when its own lang attribute changes', async () => {
      const el = await icon('variation', 'improvement-high');
      el.lang = 'cy';
      await afterLangChange(el);
      expect(nameOf(el)).to.equal(cy['icon.variation.improvement-high']);
    });
  });

  describe('bad input', () => {
    it('an unknown value shows a readable alert and fires qms-error', async () => {
      const el = document.createElement('qms-spc-icon');
      el.setAttribute('kind', 'variation');
      el.setAttribute('value', 'improving');
      const fired = oneEvent(el, 'qms-error');
      document.body.append(el);
      const event: QmsErrorEvent = await fired;
      try {
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.detail.source).to.equal('attribute');
        expect(event.detail.problems).to.have.length(1);
        expect(event.detail.problems[0]!.where).to.equal('the value attribute');
        expect(event.detail.problems[0]!.message).to.contain('"improving"');
        expect(event.detail.problems[0]!.message).to.contain('improvement-high');
        await el.updateComplete;
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.contain(en['common.error.title']);
        expect(alert.textContent).to.contain('the value attribute: "improving" is not one of');
        expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
      } finally {
        el.remove();
      }
    });

    it('an unknown kind is reported on the kind attribute', async () => {
      const errors: QmsErrorEvent[] = [];
      const el = await fixture<QmsSpcIcon>(
        html`<qms-spc-icon
          kind="target"
          value="pass"
          @qms-error=${(e: QmsErrorEvent) => errors.push(e)}
        ></qms-spc-icon>`,
      );
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.problems.map((p) => p.where)).to.deep.equal(['the kind attribute']);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    });

    it('a value of the other kind is an error, listing the values of this kind', async () => {
      const errors: QmsErrorEvent[] = [];
      await fixture(
        html`<qms-spc-icon
          kind="assurance"
          value="common-cause"
          @qms-error=${(e: QmsErrorEvent) => errors.push(e)}
        ></qms-spc-icon>`,
      );
      expect(errors[0]!.detail.problems[0]!.message).to.equal(
        '"common-cause" is not one of: pass, fail, hit-or-miss, none',
      );
    });

    it('fires once per distinct problem, not on every render', async () => {
      const errors: QmsErrorEvent[] = [];
      const el = await fixture<QmsSpcIcon>(
        html`<qms-spc-icon
          value="bad"
          @qms-error=${(e: QmsErrorEvent) => errors.push(e)}
        ></qms-spc-icon>`,
      );
      el.showLabel = true;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(errors).to.have.length(1);
      el.value = 'worse' as never;
      await el.updateComplete;
      expect(errors).to.have.length(2);
      el.value = 'pass';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      el.value = 'worse' as never;
      await el.updateComplete;
      expect(errors).to.have.length(3);
    });

    it('reports the problem in Welsh on a Welsh page', async () => {
      const wrapper = await fixture(
        html`<div lang="cy"><qms-spc-icon value="bad"></qms-spc-icon></div>`,
      );
      const el = wrapper.querySelector('qms-spc-icon')!;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain(cy['common.error.title']);
      expect(alert.textContent).to.contain('y briodoledd value');
    });
  });

  describe('accessibility (axe)', () => {
    for (const [value] of variations) {
      it(`variation ${value} has no violations`, async () => {
        await expectNoAxeViolations(await icon('variation', value));
      });
    }
    for (const [value] of assurances) {
      it(`assurance ${value} has no violations, with its label shown`, async () => {
        const el = await icon('assurance', value);
        el.showLabel = true;
        await el.updateComplete;
        await expectNoAxeViolations(el);
      });
    }
    it('the error state has no violations', async () => {
      await expectNoAxeViolations(await icon('variation', 'nonsense'));
    });
    it('Welsh icons have no violations', async () => {
      const wrapper = await fixture(
        html`<div lang="cy"><qms-spc-icon value="neither-high" show-label></qms-spc-icon></div>`,
      );
      await expectNoAxeViolations(wrapper);
    });
  });

  describe('size', () => {
    it('defaults to 2.5rem', async () => {
      const el = await icon('variation', 'common-cause');
      expect(svgOf(el).getBoundingClientRect().width).to.equal(40);
    });

    it('follows --qms-icon-size', async () => {
      const wrapper = await fixture(
        html`<div class="sized">
          <style>
            .sized {
              --qms-icon-size: 64px;
            }</style
          ><qms-spc-icon value="pass"></qms-spc-icon>
        </div>`,
      );
      const el = wrapper.querySelector('qms-spc-icon')!;
      const box = svgOf(el).getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([64, 64]);
    });

    it('never shrinks below the 24px target size', async () => {
      const wrapper = await fixture(
        html`<div class="tiny">
          <style>
            .tiny {
              --qms-icon-size: 10px;
            }</style
          ><qms-spc-icon value="pass"></qms-spc-icon>
        </div>`,
      );
      const el = wrapper.querySelector('qms-spc-icon')!;
      expect(svgOf(el).getBoundingClientRect().width).to.equal(24);
    });
  });
});
