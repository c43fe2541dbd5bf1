/**
 * The position of each id in a list of records (the first record, when an id repeats), answered without
 * hashing for ids of the form the app gives its nodes and edges: one prefix and a count, as in n1, n2, …
 * or e1, e2, …. Such an id is looked up by its number in a typed array, which costs about half of a Map
 * lookup, and the graph index asks 600,000 of them for a map of 300,000 edges. Any other id is looked up
 * in a Map of those ids alone. The full Map of every id, which iteration and `size` need, is built only
 * when one of them is asked for.
 */
import { AnsweredMap } from "./answered-map";

/** Not in the list. */
const NONE = -1;
const ZERO = 48;
/** At most nine digits, so the number fits an Int32 exactly. */
const MOST_DIGITS = 9;

export class IdPositions extends AnsweredMap<string, number> {
  /** True when some id is held by more than one record. */
  readonly repeats: boolean;

  private readonly ids: readonly string[];
  private readonly prefix: string;
  /** 1 + the position of the first record whose id is the prefix and this number; 0 for none. */
  private readonly byNumber: Int32Array;
  /** The first position of every id not of the counted form. */
  private readonly others = new Map<string, number>();

  constructor(ids: readonly string[]) {
    super();
    this.ids = ids;
    this.prefix = countedPrefix(ids);
    // Room for counts up to twice the number of records: ids left by deletions mostly stay within
    // that, and any larger count is simply one of the other ids.
    this.byNumber = new Int32Array(2 * ids.length + 64);
    let repeats = false;
    // Last to first, so that the first record with an id is the one that stays.
    for (let v = ids.length - 1; v >= 0; v--) {
      const id = ids[v] as string;
      const number = this.numberOf(id);
      if (number !== NONE) {
        if (this.byNumber[number] !== 0) repeats = true;
        this.byNumber[number] = v + 1;
      } else {
        const before = this.others.size;
        this.others.set(id, v);
        if (this.others.size === before) repeats = true;
      }
    }
    this.repeats = repeats;
  }

  /** The position of the record with this id, or -1 when none has it. */
  positionOf(id: string): number {
    const number = this.numberOf(id);
    if (number !== NONE) return (this.byNumber[number] as number) - 1;
    return this.others.get(id) ?? NONE;
  }

  /**
   * Takes every id in `taken` out, as though no record had it (edge ids that a node already has);
   * true when some was. For the one who built this, before anyone reads it.
   */
  leaveOut(taken: readonly string[]): boolean {
    let any = false;
    for (let i = 0; i < taken.length; i++) {
      const id = taken[i] as string;
      const number = this.numberOf(id);
      if (number !== NONE) {
        if (this.byNumber[number] !== 0) {
          this.byNumber[number] = 0;
          any = true;
        }
      } else if (this.others.delete(id)) any = true;
    }
    if (any) this.forget();
    return any;
  }

  get(id: string): number | undefined {
    const position = this.positionOf(id);
    return position === NONE ? undefined : position;
  }

  has(id: string): boolean {
    return this.positionOf(id) !== NONE;
  }

  /** Every id still held, in the order a Map filled last to first has them. */
  protected table(): ReadonlyMap<string, number> {
    const every = new Map<string, number>();
    for (let v = this.ids.length - 1; v >= 0; v--) {
      const id = this.ids[v] as string;
      if (this.positionOf(id) !== NONE) every.set(id, v);
    }
    return every;
  }

  /**
   * The count of an id that is the prefix and a number written without leading zeros (so that n1 and
   * n01, two different ids, never share a place) and small enough for the array; NONE for any other.
   */
  private numberOf(id: string): number {
    if (typeof id !== "string") return NONE;
    const prefix = this.prefix;
    const start = prefix.length;
    const end = id.length;
    if (end <= start || end - start > MOST_DIGITS) return NONE;
    for (let i = 0; i < start; i++) if (id.charCodeAt(i) !== prefix.charCodeAt(i)) return NONE;
    if (id.charCodeAt(start) === ZERO && end > start + 1) return NONE;
    let number = 0;
    for (let i = start; i < end; i++) {
      const digit = id.charCodeAt(i) - ZERO;
      if (digit < 0 || digit > 9) return NONE;
      number = number * 10 + digit;
    }
    return number < this.byNumber.length ? number : NONE;
  }
}

/** The part before the trailing digits of the first id that ends in one ("n" for n0), or "". */
function countedPrefix(ids: readonly string[]): string {
  for (const id of ids) {
    if (typeof id !== "string") continue;
    let end = id.length;
    while (end > 0 && isDigit(id.charCodeAt(end - 1))) end--;
    if (end < id.length) return id.slice(0, end);
  }
  return "";
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}
