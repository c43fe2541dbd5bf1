/**
 * A read-only map that answers `get` and `has` by itself, cheaply, and builds the whole table only for
 * a reader that walks it or asks its size. The id positions of the graph index and the explore
 * structure's tables are of this kind: a few ids are asked about after each edit of a big map, and a
 * walk over all of them is rare.
 */
export abstract class AnsweredMap<K, V> implements ReadonlyMap<K, V> {
  private every: ReadonlyMap<K, V> | undefined;

  abstract get(key: K): V | undefined;
  abstract has(key: K): boolean;
  /** The whole table, in the order a walk gives it; built once. */
  protected abstract table(): ReadonlyMap<K, V>;

  get size(): number {
    return this.all().size;
  }

  forEach(visit: (value: V, key: K, map: ReadonlyMap<K, V>) => void, self?: unknown): void {
    this.all().forEach((value, key) => {
      visit.call(self, value, key, this);
    });
  }

  entries(): MapIterator<[K, V]> {
    return this.all().entries();
  }

  keys(): MapIterator<K> {
    return this.all().keys();
  }

  values(): MapIterator<V> {
    return this.all().values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.all()[Symbol.iterator]();
  }

  /** For a subclass whose answers changed: the table is built again when next needed. */
  protected forget(): void {
    this.every = undefined;
  }

  private all(): ReadonlyMap<K, V> {
    this.every ??= this.table();
    return this.every;
  }
}
