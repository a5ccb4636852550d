function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * A deep-frozen copy (`structuredClone`, then frozen all the way down): what a vetoable event
 * gives its listeners, so a listener that writes to it changes nothing the element commits.
 */
export function frozenCopy<T>(value: T): T {
  return deepFreeze(structuredClone(value));
}
