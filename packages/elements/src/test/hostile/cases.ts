// Shared by the hostile-input suites: the elements and their members from the generated
// custom-elements manifest, hostile values, and the checks every case must pass.
import { expect, fixture, html } from '@open-wc/testing';
import { sampleDataset } from '@qms-kit/sdk/sample';
import '../../define/action-tracker.js';
import '../../define/cycle-wheel.js';
import '../../define/provider.js';
import '../../define/spc-chart.js';
import '../../define/spc-icon.js';
import '../../define/statement-card.js';
import '../../define/steeep-scorecard.js';

export interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  attribute?: string;
  type?: { text: string };
}
export interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  members?: ManifestMember[];
  attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
}
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

export const manifest = (await (
  await fetch(new URL('../../../custom-elements.json', import.meta.url))
).json()) as Manifest;

export const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is ManifestDeclaration & { tagName: string } => !!d.customElement && !!d.tagName);

/** Public, writable instance fields: what a host can set. */
export const publicFields = (d: ManifestDeclaration) =>
  (d.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public',
  );

export type Host = HTMLElement & { updateComplete?: Promise<boolean> };

/** Valid content for each element, so a hostile member is the only thing wrong. */
export const baselines: Record<string, (el: Host) => void> = {
  'qms-spc-chart': (el) =>
    Object.assign(el, { measure: structuredClone(sampleDataset.measures[0]) }),
  'qms-spc-icon': (el) => {
    el.setAttribute('kind', 'variation');
    el.setAttribute('value', 'common-cause');
  },
  'qms-steeep-scorecard': (el) =>
    Object.assign(el, { measures: structuredClone(sampleDataset.measures) }),
  'qms-cycle-wheel': (el) =>
    Object.assign(el, { assessment: structuredClone(sampleDataset.assessment) }),
  'qms-statement-card': (el) =>
    Object.assign(el, { statement: structuredClone(sampleDataset.statements?.[0]) }),
  'qms-action-tracker': (el) =>
    Object.assign(el, { actions: structuredClone(sampleDataset.actions), today: '2025-01-15' }),
  'qms-provider': (el) => {
    Object.assign(el, { data: structuredClone(sampleDataset) });
    el.innerHTML = '<p>Child content</p>';
  },
};

export const throwing = (): unknown =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('get trap');
      },
      has() {
        throw new Error('has trap');
      },
      ownKeys() {
        throw new Error('ownKeys trap');
      },
      getOwnPropertyDescriptor() {
        throw new Error('descriptor trap');
      },
      getPrototypeOf() {
        throw new Error('prototype trap');
      },
    },
  );
export const revoked = (): unknown => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
export const circular = (): unknown => {
  const a: Record<string, unknown> = { id: 'a', data: [] };
  a.self = a;
  (a.data as unknown[]).push(a);
  return a;
};
export const MB = 'x'.repeat(1 << 20);
export const XSS = '<img src=x onerror=alert(1)>';

/** Hostile values for a property (made fresh per case). */
export const propertyValues: [string, () => unknown][] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['{}', () => ({})],
  ['[]', () => []],
  ['"{"', () => '{'],
  ['a Proxy with throwing traps', throwing],
  ['a revoked Proxy', revoked],
  ['a circular object', circular],
  ['a 1 MB string', () => MB],
  ['NaN', () => NaN],
  ['-1', () => -1],
  ['0.5', () => 0.5],
  ['Infinity', () => Infinity],
  ['a markup string', () => XSS],
  ['true', () => true],
  ['a symbol', () => Symbol('s')],
  ['a function', () => () => 1],
  ['[null, 1, "a"]', () => [null, 1, 'a']],
];

/** Hostile values for an attribute. */
export const attributeValues: string[] = [
  '',
  '{',
  'NaN',
  '-1',
  '0',
  '0.5',
  '1e308',
  'Infinity',
  XSS,
  MB,
  'undefined',
  'null',
  ' ',
];

export const pageErrors: string[] = [];
const onError = (e: ErrorEvent) => pageErrors.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) =>
  pageErrors.push(`unhandled rejection: ${String((e.reason as Error)?.message ?? e.reason)}`);

/** Collects uncaught errors and rejections for the suite; cleared before each test. */
export function watchPageErrors(): void {
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    pageErrors.length = 0;
  });
}

/** What the element shows: its shadow text, or for the provider, its (slotted) children too. */
export function visibleText(el: Host): string {
  const shadow = [...(el.shadowRoot?.childNodes ?? [])]
    .filter((n) => !(n instanceof HTMLStyleElement))
    .map((n) => n.textContent ?? '')
    .join('');
  const slotted = el.shadowRoot?.querySelector('slot') ? el.textContent : '';
  return `${shadow}${slotted ?? ''}`.trim();
}

/** The element's text outside its alerts: what is left of its content. */
export function textBesidesAlerts(el: Host): string {
  const copy = document.createElement('div');
  for (const n of el.shadowRoot?.childNodes ?? []) {
    if (!(n instanceof HTMLStyleElement)) copy.append(n.cloneNode(true));
  }
  copy.querySelectorAll('[role="alert"]').forEach((a) => a.remove());
  return (copy.textContent ?? '').trim();
}

export const alertOf = (el: Host) => el.shadowRoot?.querySelector('[role="alert"]') ?? null;

export interface Outcome {
  el: Host;
  errors: number;
  alert: Element | null;
}

/** Mounts `tag` with its baseline, applies `apply`, lets it render (and fetch) and reports. */
export async function mount(
  tag: string,
  apply: (el: Host) => void,
  baseline = true,
): Promise<Outcome> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
  const el = document.createElement(tag) as Host;
  if (baseline) baselines[tag]?.(el);
  let errors = 0;
  el.addEventListener('qms-error', () => errors++);
  try {
    apply(el);
  } catch (e) {
    // Setting a property must never throw into the host's code either.
    pageErrors.push(`setter threw: ${(e as Error).message}`);
  }
  wrapper.append(el);
  await settle(el);
  return { el, errors, alert: alertOf(el) };
}

export async function settle(el: Host): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete?.catch(() => undefined);
  }
}

export function expectSurvived(o: Outcome, what: string): void {
  expect(pageErrors, `${what}: page errors`).to.deep.equal([]);
  expect(visibleText(o.el), `${what}: blank element`).not.to.equal('');
  if (o.alert) {
    expect(o.alert.textContent?.trim(), `${what}: empty alert`).not.to.equal('');
    expect(o.errors, `${what}: alert without qms-error`).to.be.greaterThan(0);
  }
}

export function expectAlert(o: Outcome, what: string): void {
  expect(o.alert, `${what}: no alert`).to.not.equal(null);
  expect(o.errors, `${what}: no qms-error`).to.be.greaterThan(0);
}

/** `'a' | 'b' | undefined` → ['a', 'b']; anything else → undefined. */
export function literals(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((p) => p.trim());
  const words = parts.filter((p) => p !== 'undefined');
  if (!words.every((p) => /^'[^']*'$/.test(p))) return undefined;
  return words.map((p) => p.slice(1, -1));
}

export const isNumberType = (type: string | undefined) =>
  !!type && type.split('|').every((p) => ['number', 'undefined'].includes(p.trim()));

/** Rich-data properties (objects, arrays, parsed input). */
export const isDataType = (type: string | undefined) =>
  !!type && !/^(string|number|boolean)( \| undefined)?$/.test(type) && !literals(type);

/** Every property and attribute of one element, and a bad lang, against every hostile value. */
export function memberSuite(decl: ManifestDeclaration & { tagName: string }): void {
  const tag = decl.tagName;
  describe(`<${tag}>`, () => {
    it('renders its baseline content without an alert', async () => {
      const o = await mount(tag, () => undefined);
      expectSurvived(o, 'baseline');
      expect(o.alert, 'baseline alert').to.equal(null);
    });

    for (const member of publicFields(decl)) {
      it(`property ${member.name} survives every hostile value`, async function () {
        this.timeout(60_000);
        for (const [label, make] of propertyValues) {
          const what = `${tag}.${member.name} = ${label}`;
          const o = await mount(tag, (el) => {
            (el as unknown as Record<string, unknown>)[member.name] = make();
          });
          expectSurvived(o, what);
          const type = member.type?.text;
          const junk = ['a Proxy with throwing traps', 'a revoked Proxy', 'a symbol', 'a function'];
          if (junk.includes(label)) expectAlert(o, what);
          // A selection's unknown fields are ignored: a circular object is "no selection".
          const ignoresUnknownFields = tag === 'qms-provider' && member.name === 'selection';
          const wrong = [
            '"{"',
            'NaN',
            'true',
            ...(ignoresUnknownFields ? [] : ['a circular object']),
          ];
          if (isDataType(type) && wrong.includes(label)) expectAlert(o, what);
          if (isNumberType(type) && ['NaN', 'Infinity', '"{"'].includes(label))
            expectAlert(o, what);
          const allowed = literals(type);
          if (allowed && typeof make() === 'string' && !allowed.includes(make() as string))
            expectAlert(o, what);
          o.el.remove();
        }
      });
    }

    it('after a first good render, every property survives being set to junk', async function () {
      this.timeout(60_000);
      const junk = propertyValues.filter(([label]) =>
        ['a Proxy with throwing traps', 'a revoked Proxy', 'a circular object'].includes(label),
      );
      for (const member of publicFields(decl)) {
        const o = await mount(tag, () => undefined);
        let errors = 0;
        o.el.addEventListener('qms-error', () => errors++);
        for (const [label, make] of junk) {
          const what = `${tag}.${member.name} = ${label} (after rendering)`;
          try {
            (o.el as unknown as Record<string, unknown>)[member.name] = make();
          } catch (e) {
            pageErrors.push(`setter threw: ${(e as Error).message}`);
          }
          await settle(o.el);
          expectSurvived({ el: o.el, errors, alert: alertOf(o.el) }, what);
        }
        o.el.remove();
      }
    });

    for (const attribute of decl.attributes ?? []) {
      it(`attribute ${attribute.name} survives every hostile value`, async function () {
        this.timeout(60_000);
        for (const value of attributeValues) {
          const what = `${tag}[${attribute.name}="${value.slice(0, 30)}"]`;
          const o = await mount(tag, (el) => el.setAttribute(attribute.name, value));
          expectSurvived(o, what);
          const type = attribute.type?.text;
          const allowed = literals(type);
          if (allowed && value.trim() !== '' && !allowed.includes(value)) {
            expectAlert(o, what);
            // The default is used, so the content stays visible beside the alert (an icon
            // with an unknown kind or value has no content to fall back to).
            if (tag !== 'qms-spc-icon')
              expect(textBesidesAlerts(o.el), `${what}: only the alert is shown`).not.to.equal('');
          }
          if (
            isNumberType(type) &&
            ['{', 'NaN', 'Infinity', 'undefined', 'null', MB].includes(value)
          )
            expectAlert(o, what);
          o.el.remove();
        }
      });
    }

    it('a lang that is not a BCP 47 tag (pl_PL, x) on the element and on <html>', async () => {
      const html = document.documentElement;
      const before = html.getAttribute('lang');
      try {
        for (const lang of ['pl_PL', 'x', '12', MB.slice(0, 300)]) {
          const own = await mount(tag, (el) => el.setAttribute('lang', lang));
          expectSurvived(own, `${tag} lang="${lang.slice(0, 20)}"`);
          expect(own.alert, `${tag} lang="${lang.slice(0, 20)}" alert`).to.equal(null);
          html.setAttribute('lang', lang);
          const page = await mount(tag, () => undefined);
          expectSurvived(page, `<html lang="${lang.slice(0, 20)}"> ${tag}`);
          html.setAttribute('lang', 'en');
        }
      } finally {
        if (before === null) html.removeAttribute('lang');
        else html.setAttribute('lang', before);
      }
    });
  });
}
