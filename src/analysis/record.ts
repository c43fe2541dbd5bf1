/**
 * Results keyed by node id are plain objects, because that is what the CLI prints as JSON and what the
 * UI indexes. A node id may legally be "__proto__", which plain assignment would swallow (it sets the
 * prototype instead), so entries are written through this.
 */
export function setEntry<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__") {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    record[key] = value;
  }
}
