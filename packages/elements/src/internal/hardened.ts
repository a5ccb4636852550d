import type { LitElement } from 'lit';
import { defaultConverter, nothing, render, type PropertyDeclaration } from 'lit';
import type { Problem } from '@qms-kit/sdk';
import { renderErrorPanel } from './error-panel.js';
import { QmsErrorEvent, type QmsErrorSource } from './events/qms-error.js';
import { LocalizeController } from './localize.js';
import { describeValue, problemAt, type NumberRule } from './attribute-check.js';

export type { NumberRule };

// TypeScript accepts a class as a mixin base only if its constructor takes `...args: any[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/** What `Hardened` adds; the statics are read from the element's class. */
export interface HardenedStatics {
  /** Numeric properties with a range: a value outside it is a problem and the default is used. */
  numberRules?: Readonly<Record<string, NumberRule>>;
  /** Text-attribute properties that also take an object from script (e.g. `framework`). */
  objectProperties?: readonly string[];
  /** Properties that must hold a list or an object (when set at all). */
  shapes?: Readonly<Record<string, 'list' | 'object'>>;
}

const defaultsByClass = new WeakMap<object, Map<PropertyKey, unknown>>();

/** The values a fresh element of this class starts with, made once per class. */
function defaultsOf(host: LitElement): Map<PropertyKey, unknown> {
  const ctor = host.constructor as typeof LitElement;
  let defaults = defaultsByClass.get(ctor);
  if (!defaults) {
    defaults = new Map();
    const pristine = host.ownerDocument.createElement(host.localName) as unknown as Record<
      PropertyKey,
      unknown
    >;
    for (const name of ctor.elementProperties.keys()) defaults.set(name, pristine[name]);
    defaultsByClass.set(ctor, defaults);
  }
  return defaults;
}

const attributeName = (name: PropertyKey, decl: PropertyDeclaration): string =>
  typeof decl.attribute === 'string' ? decl.attribute : String(name).toLowerCase();

/**
 * Makes an element survive any value: a scalar property of the wrong type (a Proxy, an object,
 * `NaN`, a number out of range) is reported in the element (`role="alert"`, what and where) with
 * `qms-error`, and its default is used so the content stays visible; anything that still throws
 * while updating is shown as an alert instead of a blank box or an uncaught exception.
 */
export function Hardened<T extends Constructor<LitElement>>(Base: T): T {
  class HardenedElement extends Base {
    private readonly hardenedI18n = new LocalizeController(this);
    private inputProblems: Problem[] = [];
    private inputNotice: HTMLElement | undefined;
    private reportedKey: string | undefined;

    /** Updates in a row that threw: each waits longer, so a loop of them cannot hang the page. */
    private crashStreak = 0;

    protected override scheduleUpdate(): void | Promise<unknown> {
      if (this.crashStreak === 0) return super.scheduleUpdate();
      const wait = Math.min(2000, 10 * 2 ** Math.min(this.crashStreak, 8));
      return new Promise((resolve) => setTimeout(resolve, wait)).then(() => super.scheduleUpdate());
    }

    protected override performUpdate(): void {
      try {
        this.inputProblems = this.checkProperties();
      } catch (e) {
        this.inputProblems = [this.crashProblem(e)];
      }
      try {
        super.performUpdate();
        this.crashStreak = 0;
      } catch (e) {
        this.crashStreak++;
        this.showCrash(e);
      }
    }

    protected override update(changed: Map<PropertyKey, unknown>): void {
      super.update(changed);
      this.renderNotice();
    }

    /** Checks each attribute-backed property against its declared type and rules. */
    private checkProperties(): Problem[] {
      const ctor = this.constructor as typeof LitElement & HardenedStatics;
      const problems: Problem[] = [];
      const self = this as unknown as Record<PropertyKey, unknown>;
      for (const [name, decl] of ctor.elementProperties) {
        if (decl.state) continue;
        const shape = ctor.shapes?.[String(name)];
        if (decl.attribute === false && !shape) continue;
        const value = self[name];
        if (value === undefined || value === null) continue;
        if (shape) {
          const problem = this.checkShape(String(name), value, shape);
          if (problem) {
            problems.push(problem);
            self[name] = defaultsOf(this).get(name);
          }
          continue;
        }
        const attr = attributeName(name, decl);
        const problem = this.checkOne(name, decl, value, attr, ctor);
        if (!problem) continue;
        problems.push(problem);
        self[name] = defaultsOf(this).get(name);
      }
      return problems;
    }

    private checkOne(
      name: PropertyKey,
      decl: PropertyDeclaration,
      value: unknown,
      attr: string,
      ctor: HardenedStatics,
    ): Problem | undefined {
      const i18n = this.hardenedI18n;
      const fromAttribute = this.hasAttribute(attr);
      const where = fromAttribute
        ? i18n.t('element.where.attribute', { name: attr })
        : i18n.t('element.where.property', { name: String(name) });
      const shown = fromAttribute ? (this.getAttribute(attr) ?? '') : describeValue(value);
      const at = (message: string) => problemAt(where, attr, message, i18n.lang);
      if (decl.type === Boolean) {
        return typeof value === 'boolean'
          ? undefined
          : at(i18n.t('element.problem.notBoolean', { value: shown }));
      }
      if (decl.type === Number) {
        if (typeof value !== 'number' || !Number.isFinite(value))
          return at(i18n.t('element.problem.notNumber', { value: shown }));
        const rule = ctor.numberRules?.[String(name)];
        if (!rule) return undefined;
        const whole = rule.integer === true;
        if ((whole && !Number.isInteger(value)) || value < rule.min || value > rule.max) {
          return at(
            i18n.t(whole ? 'element.problem.wholeNumberRange' : 'element.problem.numberRange', {
              value: shown,
              min: rule.min,
              max: rule.max,
            }),
          );
        }
        return undefined;
      }
      if (decl.type !== undefined && decl.type !== String) return undefined;
      if (decl.converter !== undefined && decl.converter !== defaultConverter) return undefined;
      if (typeof value === 'string') return undefined;
      if (ctor.objectProperties?.includes(String(name)) && isPlainObjectSafe(value))
        return undefined;
      return at(i18n.t('element.problem.notText', { value: shown }));
    }

    private checkShape(
      name: string,
      value: unknown,
      shape: 'list' | 'object',
    ): Problem | undefined {
      let ok: boolean;
      try {
        ok =
          shape === 'list'
            ? Array.isArray(value)
            : isPlainObjectSafe(value) && !Array.isArray(value);
      } catch {
        ok = false;
      }
      if (ok) return undefined;
      const i18n = this.hardenedI18n;
      return problemAt(
        i18n.t('element.where.property', { name }),
        name,
        i18n.t(shape === 'list' ? 'element.problem.notList' : 'element.problem.notObject', {
          value: describeValue(value),
        }),
        i18n.lang,
      );
    }

    private crashProblem(e: unknown): Problem {
      const i18n = this.hardenedI18n;
      return {
        where: `<${this.localName}>`,
        message: i18n.t('element.problem.unreadable', { reason: reasonOf(e) }),
        lang: i18n.lang,
      };
    }

    /** The last resort: whatever threw is shown, in place of the content, and reported. */
    private showCrash(e: unknown): void {
      const problems = [...this.inputProblems, this.crashProblem(e)];
      try {
        render(renderErrorPanel(this.hardenedI18n, problems), this.renderRoot, this.renderOptions);
      } catch {
        this.renderRoot.textContent = problems.map((p) => `${p.where}: ${p.message}`).join('\n');
      }
      this.emitOnce(problems, 'data');
    }

    /** Input problems above the content, which stays visible with defaults in their place. */
    private renderNotice(): void {
      const problems = this.inputProblems;
      if (problems.length === 0 && !this.inputNotice) return;
      if (!this.inputNotice) {
        this.inputNotice = this.ownerDocument.createElement('div');
        this.inputNotice.className = 'qms-input-problems';
        this.renderRoot.insertBefore(this.inputNotice, this.renderRoot.firstChild);
      }
      render(
        problems.length
          ? renderErrorPanel(this.hardenedI18n, problems, {
              compact: true,
              title: this.hardenedI18n.t('element.error.defaultsUsed'),
            })
          : nothing,
        this.inputNotice,
      );
      if (problems.length) this.emitOnce(problems, 'attribute');
      else this.reportedKey = undefined;
    }

    private emitOnce(problems: Problem[], source: QmsErrorSource): void {
      const key = JSON.stringify([source, problems.map((p) => [p.where, p.message])]);
      if (key === this.reportedKey) return;
      this.reportedKey = key;
      // After this update, like the elements' own reports, so listeners see the alert.
      queueMicrotask(() => this.dispatchEvent(new QmsErrorEvent({ problems, source })));
    }
  }
  return HardenedElement;
}

function reasonOf(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unknown error';
  }
}

/** A plain object or array, tested without running a Proxy's traps into an exception. */
function isPlainObjectSafe(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null || Array.isArray(value);
  } catch {
    return false;
  }
}

/** `heading-level`: h1 to h6. */
export const HEADING_LEVEL: NumberRule = { min: 1, max: 6, integer: true };
