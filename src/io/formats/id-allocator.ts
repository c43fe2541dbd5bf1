/**
 * Turns the ids of another format into format-v1 ids: only `A-Z a-z 0-9 _ - . :`, at most 64 characters,
 * unique across nodes and edges. Real files use ids such as `1196445_164813044708340528`, `a(1)` or
 * `constructor`; an id that is already legal is kept as it is (`constructor` included: ids are data),
 * and each source id keeps one Warrant id, looked up through a Map, never a plain object. Letters outside
 * ASCII are spelled in ASCII rather than lost (`Bio nur für Reiche` → `Bio_nur_fuer_Reiche`, `café` →
 * `cafe`, `Привет` → `Privet`).
 */
import { isValidId } from "../../model/ids";
import { LIMITS } from "../../model/schema";

const NOT_ID_CHARACTER = /[^A-Za-z0-9_\-.:]+/g;

export class IdAllocator {
  private readonly taken = new Set<string>();
  private readonly bySource = new Map<string, string>();
  /** For each base given a suffix, the suffix to try next. */
  private readonly nextSuffix = new Map<string, number>();

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
    let base = asciiLetters(wanted).replace(NOT_ID_CHARACTER, "_").slice(0, LIMITS.idLength);
    if (base === "" || /^_+$/.test(base)) base = fallbackPrefix;
    let id = base;
    // Ids are never given back, so the first free suffix for a base only grows: the search goes on from
    // where the last one for that base ended, and 20,000 relations too long for an id (all "e") take
    // 20,000 steps, not 200 million.
    if (this.taken.has(id)) {
      let n = this.nextSuffix.get(base) ?? 2;
      do {
        const suffix = `-${n}`;
        id = `${base.slice(0, LIMITS.idLength - suffix.length)}${suffix}`;
        n++;
      } while (this.taken.has(id));
      this.nextSuffix.set(base, n);
    }
    this.taken.add(id);
    return id;
  }
}

const SPELLED: Readonly<Record<string, string>> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ß: "ss",
  æ: "ae",
  Æ: "Ae",
  ø: "o",
  Ø: "O",
  å: "a",
  Å: "A",
  œ: "oe",
  Œ: "Oe",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  þ: "th",
  Þ: "Th",
  ð: "d",
  Ð: "D",
};

const CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ";
const CYRILLIC_LATIN = [
  "a",
  "b",
  "v",
  "g",
  "d",
  "e",
  "e",
  "zh",
  "z",
  "i",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "r",
  "s",
  "t",
  "u",
  "f",
  "kh",
  "ts",
  "ch",
  "sh",
  "shch",
  "",
  "y",
  "",
  "e",
  "iu",
  "ia",
  "i",
  "i",
  "ie",
  "g",
];

/** The word in ASCII letters: German and Nordic letters spelled out, accents taken off, Cyrillic transliterated. */
export function asciiLetters(text: string): string {
  let out = "";
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) {
      out += char;
      continue;
    }
    const spelled = SPELLED[char];
    if (spelled !== undefined) {
      out += spelled;
      continue;
    }
    const lower = char.toLowerCase();
    const at = CYRILLIC.indexOf(lower);
    if (at >= 0) {
      const latin = CYRILLIC_LATIN[at] as string;
      out += lower === char ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
      continue;
    }
    out += char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }
  return out;
}
