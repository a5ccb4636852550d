/**
 * An array of `length` elements, each made by `make(i)` on first access and kept. It is a real
 * Array behind a Proxy: indexing, `length`, iteration, spread, array methods, `Array.isArray` and
 * `JSON.stringify` behave as for a plain array. `structuredClone` does not accept a Proxy: use
 * `Array.from(points)` (or `[...points]`) first.
 */
export function lazyArray<T>(length: number, make: (i: number) => T): T[] {
  // The target only carries the length (a sparse array costs nothing); elements live in `made`,
  // allocated on the first access.
  const target: T[] = [];
  target.length = length;
  let made: (T | undefined)[] | null = null;

  const element = (i: number): T => {
    if (made === null) made = new Array<T | undefined>(length);
    let value = made[i];
    if (value === undefined) {
      value = make(i);
      made[i] = value;
    }
    return value;
  };

  // for…of and spread walk the elements directly instead of one proxy trap per element.
  function* values(): IterableIterator<T> {
    for (let i = 0; i < length; i++) yield element(i);
  }

  return new Proxy(target, {
    get(t, key, receiver) {
      const i = indexOf(key, length);
      if (i >= 0) return element(i);
      if (key === Symbol.iterator || key === 'values') return values;
      return Reflect.get(t, key, receiver);
    },
    set(t, key, value: T, receiver) {
      const i = indexOf(key, length);
      if (i < 0) return Reflect.set(t, key, value, receiver);
      element(i);
      if (made !== null) made[i] = value;
      return true;
    },
    has(t, key) {
      return indexOf(key, length) >= 0 || Reflect.has(t, key);
    },
    getOwnPropertyDescriptor(t, key) {
      const i = indexOf(key, length);
      if (i < 0) return Reflect.getOwnPropertyDescriptor(t, key);
      // Reported as an ordinary configurable data property, which an extensible target allows.
      return { value: element(i), writable: true, enumerable: true, configurable: true };
    },
    ownKeys(t) {
      const keys: (string | symbol)[] = [];
      for (let i = 0; i < length; i++) keys.push(String(i));
      return [...keys, ...Reflect.ownKeys(t)];
    },
  });
}

/** The element index a property key names (a canonical whole number below `length`), or −1. */
function indexOf(key: string | symbol, length: number): number {
  if (typeof key !== 'string') return -1;
  const size = key.length;
  if (size === 0 || size > 15 || (size > 1 && key.charCodeAt(0) === 48)) return -1;
  let i = 0;
  for (let c = 0; c < size; c++) {
    const d = key.charCodeAt(c) - 48;
    if (d < 0 || d > 9) return -1;
    i = i * 10 + d;
  }
  return i < length ? i : -1;
}
