/**
 * A yes/no check of a whole document against the format's schema, written out by hand for the records
 * a large map is made of: the document itself, its nodes, edges and sources. Loading a map of 400,000
 * records asks this once; the schema's own walk (even compiled, see compile-check.ts) looks every key
 * up in a table and calls a closure per field, which made validating cost a third of parsing.
 *
 * It answers exactly as `documentSchema.safeParse(value).success` would (a property test holds the two
 * together on valid and corrupted maps), so the load pipeline needs the schema only to describe what
 * is wrong. The fields few maps have (free `meta`, feedback, ratings, evidence cards, the map's own
 * record, the view and presentations) are checked by the compiled schema, so their rules live in one place.
 */
import { compileCheck } from "./compile-check";
import { ID_PATTERN } from "./ids";
import {
  CURRENT_VERSION,
  cardSchema,
  documentSchema,
  edgeSchema,
  FORMAT_TAG,
  feedbackSchema,
  isHttpUrl,
  LIMITS,
  mapInfoSchema,
  metaSchema,
  NODE_KINDS,
  nodeSchema,
  RELATIONS,
  RESPONSES,
  sourceSchema,
  viewSchema,
} from "./schema";
import { fitsWithin, isBlank } from "./text";

type Check = (value: unknown) => boolean;

const isMeta: Check = compileCheck(metaSchema);
const isFeedback: Check = compileCheck(feedbackSchema);
const areRatings: Check = compileCheck(nodeSchema.shape.ratings);
const isCard: Check = compileCheck(cardSchema);
const isMapInfo: Check = compileCheck(mapInfoSchema);
const isView: Check = compileCheck(viewSchema);
const arePresentations: Check = compileCheck(documentSchema.shape.presentations);

export function isValidMap(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  let required = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) {
      if (DOCUMENT_FIELDS.has(key)) continue;
      return false;
    }
    const field = value[key];
    switch (key) {
      case "format":
        if (field !== FORMAT_TAG) return false;
        required++;
        break;
      case "version":
        if (field !== CURRENT_VERSION) return false;
        required++;
        break;
      case "map":
        if (!isMapInfo(field)) return false;
        required++;
        break;
      case "nodes":
        if (!isList(field, LIMITS.nodes, isNode)) return false;
        required++;
        break;
      case "edges":
        if (!isList(field, LIMITS.edges, isEdge)) return false;
        required++;
        break;
      case "sources":
        if (field !== undefined && !isList(field, Number.POSITIVE_INFINITY, isSource)) return false;
        break;
      case "view":
        if (field !== undefined && !isView(field)) return false;
        break;
      case "presentations":
        if (!arePresentations(field)) return false;
        break;
      default:
        return false;
    }
  }
  return required === 5;
}

// The names each record may have, for keys inherited rather than own (which count as missing).
const DOCUMENT_FIELDS: ReadonlySet<string> = new Set(Object.keys(documentSchema.shape));
const NODE_FIELDS: ReadonlySet<string> = new Set(Object.keys(nodeSchema.shape));
const EDGE_FIELDS: ReadonlySet<string> = new Set(Object.keys(edgeSchema.shape));
const SOURCE_FIELDS: ReadonlySet<string> = new Set(Object.keys(sourceSchema.shape));
const NODE_KIND_NAMES: ReadonlySet<unknown> = new Set(NODE_KINDS);
const RELATION_NAMES: ReadonlySet<unknown> = new Set(RELATIONS);
const RESPONSE_NAMES: ReadonlySet<unknown> = new Set(RESPONSES);

function isNode(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  let required = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) {
      if (NODE_FIELDS.has(key)) continue;
      return false;
    }
    const field = value[key];
    switch (key) {
      case "id":
        if (!isId(field)) return false;
        required++;
        break;
      case "kind":
        if (!NODE_KIND_NAMES.has(field)) return false;
        required++;
        break;
      case "text":
        if (!isText(field, LIMITS.text, 1, true)) return false;
        required++;
        break;
      case "label":
        if (field !== undefined && !isText(field, LIMITS.label, 0, false)) return false;
        break;
      case "base":
        if (field !== undefined && !isUnitNumber(field)) return false;
        break;
      case "attribution":
        if (field !== undefined && !isText(field, LIMITS.attribution, 0, false)) return false;
        break;
      case "tags":
        if (field !== undefined && !isList(field, LIMITS.tags, isTag)) return false;
        break;
      case "sourceIds":
        if (field !== undefined && !isList(field, Number.POSITIVE_INFINITY, isId)) return false;
        break;
      case "quote":
        if (field !== undefined && !isText(field, LIMITS.quote, 1, false)) return false;
        break;
      case "notes":
        if (field !== undefined && !isText(field, LIMITS.notes, 0, false)) return false;
        break;
      case "meta":
        if (field !== undefined && !isMeta(field)) return false;
        break;
      case "speech":
        if (field !== undefined && !isId(field)) return false;
        break;
      case "feedback":
        if (field !== undefined && !isFeedback(field)) return false;
        break;
      case "addedBy":
        if (field !== undefined && !isText(field, LIMITS.person, 0, false)) return false;
        break;
      case "ratings":
        if (!areRatings(field)) return false;
        break;
      case "position":
        if (field !== undefined && !isPosition(field)) return false;
        break;
      case "card":
        if (field !== undefined && !isCard(field)) return false;
        break;
      default:
        return false;
    }
  }
  return required === 3;
}

function isPosition(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  let count = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || (key !== "x" && key !== "y")) return false;
    if (!Number.isFinite(value[key])) return false;
    count++;
  }
  return count === 2;
}

function isEdge(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  let required = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) {
      if (EDGE_FIELDS.has(key)) continue;
      return false;
    }
    const field = value[key];
    switch (key) {
      case "id":
      case "from":
      case "to":
        if (!isId(field)) return false;
        required++;
        break;
      case "relation":
        if (!RELATION_NAMES.has(field)) return false;
        required++;
        break;
      case "weight":
        // More than 0 and at most 1; NaN fails both comparisons.
        if (field !== undefined && !(typeof field === "number" && field > 0 && field <= 1)) return false;
        break;
      case "group":
        if (field !== undefined && !isId(field)) return false;
        break;
      case "meta":
        if (field !== undefined && !isMeta(field)) return false;
        break;
      case "response":
        if (field !== undefined && !RESPONSE_NAMES.has(field)) return false;
        break;
      default:
        return false;
    }
  }
  return required === 4;
}

function isSource(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  let required = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) {
      if (SOURCE_FIELDS.has(key)) continue;
      return false;
    }
    const field = value[key];
    switch (key) {
      case "id":
        if (!isId(field)) return false;
        required++;
        break;
      case "citation":
        if (!isText(field, LIMITS.citation, 1, true)) return false;
        required++;
        break;
      case "url":
        if (field !== undefined && !(typeof field === "string" && isHttpUrl(field))) return false;
        break;
      case "page":
        if (field !== undefined && !isText(field, LIMITS.page, 1, false)) return false;
        break;
      default:
        return false;
    }
  }
  return required === 2;
}

/** An object that is not a list; an own `__proto__` key is never a field of the format. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !Object.hasOwn(value, "__proto__")
  );
}

function isList(value: unknown, most: number, isItem: Check): boolean {
  if (!Array.isArray(value) || value.length > most) return false;
  for (let i = 0; i < value.length; i++) if (!isItem(value[i])) return false;
  return true;
}

function isId(value: unknown): boolean {
  if (typeof value !== "string") return false;
  if (ID_CHARACTERS === undefined) return ID_PATTERN.test(value);
  const length = value.length;
  if (length < 1 || length > LIMITS.idLength) return false;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code > 127 || ID_CHARACTERS[code] === 0) return false;
  }
  return true;
}

/**
 * The characters of an id, as a table by character code, while the id pattern is the one class of
 * ASCII characters below, 1 to LIMITS.idLength of them: a map of 300,000 edges has a million ids to
 * check, and the table answers them in two thirds of the regular expression's time. The table is read
 * off the pattern itself; any other pattern is simply tested as it is.
 */
const ID_CHARACTERS: Uint8Array | undefined =
  ID_PATTERN.source === `^[A-Za-z0-9_\\-.:]{1,${LIMITS.idLength}}$` && ID_PATTERN.flags === ""
    ? Uint8Array.from({ length: 128 }, (_, code) => (ID_PATTERN.test(String.fromCharCode(code)) ? 1 : 0))
    : undefined;

/** Between `min` and `max` code points, and with some words in it when `notBlank`. */
function isText(value: unknown, max: number, min: number, notBlank: boolean): boolean {
  if (typeof value !== "string" || value.length < min || !fitsWithin(value, max)) return false;
  if (!notBlank) return true;
  // A printable ASCII first character is not white space, so most texts need no trimming.
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || !isBlank(value);
}

function isTag(value: unknown): boolean {
  return isText(value, LIMITS.tagLength, 1, false);
}

function isUnitNumber(value: unknown): boolean {
  // NaN fails both comparisons, and infinities the bounds.
  return typeof value === "number" && value >= 0 && value <= 1;
}
