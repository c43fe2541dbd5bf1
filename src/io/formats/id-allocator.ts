/**
 * Turns the ids of another format into format-v1 ids: only `A-Z a-z 0-9 _ - . :`, at most 64 characters,
 * unique across nodes and edges. Real files use ids such as `1196445_164813044708340528`, `a(1)` or
 * `constructor`; an id that is already legal is kept as it is (`constructor` included: ids are data),
 * and each source id keeps one Warrant id, looked up through a Map, never a plain object.
 */
import { isValidId } from "../../model/ids";
import { LIMITS } from "../../model/schema";

const NOT_ID_CHARACTER = /[^A-Za-z0-9_\-.:]+/g;

export class IdAllocator {
  private readonly taken = new Set<string>();
  private readonly bySource = new Map<string, string>();

  /** The id already given to `source`, if any. */
  get(source: string): string | undefined {
    return this.bySource.get(source);
  }

  /**
   * The id for `source`, made on first use from `wanted` (the source id itself unless the format names
   * a better one); `fallbackPrefix` names ids whose source has no usable characters.
   */
  idFor(source: string, fallbackPrefix = "n", wanted = source): string {
    const known = this.bySource.get(source);
    if (known !== undefined) return known;
    const id = this.fresh(wanted, fallbackPrefix);
    this.bySource.set(source, id);
    return id;
  }

  /** A new id, not tied to any source id (edges, groups). */
  fresh(wanted: string, fallbackPrefix = "e"): string {
    if (isValidId(wanted) && !this.taken.has(wanted)) {
      this.taken.add(wanted);
      return wanted;
    }
    let base = wanted.replace(NOT_ID_CHARACTER, "_").slice(0, LIMITS.idLength);
    if (base === "" || /^_+$/.test(base)) base = fallbackPrefix;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) {
      const suffix = `-${n}`;
      id = `${base.slice(0, LIMITS.idLength - suffix.length)}${suffix}`;
    }
    this.taken.add(id);
    return id;
  }
}
