import { expect } from '@open-wc/testing';
import { define } from './define.js';

describe('define()', () => {
  it('registers a tag once and ignores the same class again', () => {
    class A extends HTMLElement {}
    define('qms-define-test-a', A);
    define('qms-define-test-a', A);
    expect(customElements.get('qms-define-test-a')).to.equal(A);
  });

  it('warns instead of throwing when another class holds the tag', () => {
    class B extends HTMLElement {
      static version = '1.0.0';
    }
    class C extends HTMLElement {
      static version = '2.0.0';
    }
    define('qms-define-test-b', B);
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      expect(() => define('qms-define-test-b', C)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('qms-define-test-b')).to.equal(B);
    expect(String(warnings[0])).to.contain('version 1.0.0');
  });
});
