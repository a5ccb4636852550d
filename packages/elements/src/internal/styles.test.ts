import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { baseStyles, palette } from './styles.js';

/** WCAG 2.x relative luminance contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const n = Number.parseInt(hex.slice(1), 16);
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

class StyledProbe extends LitElement {
  static override styles = [baseStyles];
  override render() {
    return html`<button>focus me</button><span class="visually-hidden">hidden words</span>`;
  }
}
customElements.define('qms-test-styled-probe', StyledProbe);

describe('shared styles', () => {
  it('letters and text colours reach 4.5:1 on white', () => {
    for (const name of [
      'text',
      'secondaryText',
      'error',
      'commonCauseText',
      'improvementText',
      'concernText',
      'neutralText',
    ] as const) {
      expect(contrast(palette[name], '#ffffff'), name).to.be.at.least(4.5);
    }
  });

  it('keeps the MDC point palette (Dec 2023) as the default SPC colours', () => {
    expect(palette).to.include({
      commonCause: '#a6a6a6',
      improvement: '#00b0f0',
      concern: '#e46c0a',
      neutral: '#490092',
    });
  });

  it('the focus ring is NHS yellow over dark, with a transparent outline for forced colours', async () => {
    const el = await fixture<StyledProbe>(html`<qms-test-styled-probe></qms-test-styled-probe>`);
    const button = el.shadowRoot!.querySelector('button')!;
    // :focus-visible matches programmatic focus after a keyboard-like interaction in Chromium.
    button.focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineColor).to.equal('rgba(0, 0, 0, 0)');
    expect(style.boxShadow).to.contain('rgb(255, 235, 59)');
    expect(style.boxShadow).to.contain('rgb(33, 43, 50)');
  });

  it('tokens follow NHS.UK frontend properties, and --qms-* overrides them', async () => {
    const wrapper = await fixture(
      html`<div style="--nhsuk-focus-colour: #ff00ff">
        <qms-test-styled-probe></qms-test-styled-probe>
      </div>`,
    );
    const el = wrapper.querySelector('qms-test-styled-probe')!;
    await (el as StyledProbe).updateComplete;
    const read = () => getComputedStyle(el).getPropertyValue('--_qms-focus').trim();
    expect(read()).to.equal('#ff00ff');
    (el as HTMLElement).style.setProperty('--qms-focus-colour', '#00ff00');
    expect(read()).to.equal('#00ff00');
  });

  it('.visually-hidden keeps text in the DOM but takes no space', async () => {
    const el = await fixture<StyledProbe>(html`<qms-test-styled-probe></qms-test-styled-probe>`);
    const hidden = el.shadowRoot!.querySelector('.visually-hidden')!;
    const box = hidden.getBoundingClientRect();
    expect(box.width).to.be.at.most(1);
    expect(hidden.textContent).to.equal('hidden words');
  });
});
