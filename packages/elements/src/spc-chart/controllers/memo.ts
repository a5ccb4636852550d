/** The last value computed, kept while every part of its key is the same (`===`). */
export class Memo<T> {
  private key: readonly unknown[] | undefined;
  private value: T | undefined;

  get(key: readonly unknown[], compute: () => T): T {
    const last = this.key;
    if (last && last.length === key.length && last.every((v, i) => v === key[i])) {
      return this.value as T;
    }
    const value = compute();
    this.key = key;
    this.value = value;
    return value;
  }

  /** The last value, whatever its key (undefined before the first). */
  get last(): T | undefined {
    return this.value;
  }
}
