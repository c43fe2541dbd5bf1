/**
 * A microtext may hold each text segment in several languages (`<edu id="e1" xml:lang="de">` beside
 * `<edu id="e1" xml:lang="en">`). One language is read: the one asked for, else English when the file has
 * it, else the first in the file; the others are named so nothing is left out silently. A segment with no
 * language belongs to every language.
 */
import type { ArgumentMap } from "../../../model/schema";
import type { XmlElement } from "../xml-tree";

export type LanguageChoice =
  | {
      ok: true;
      lang: string | undefined;
      edus: Map<string, string>;
      others: { lang: string; segments: number }[];
    }
  | { ok: false; message: string };

export function chooseLanguage(root: XmlElement, wanted: string | undefined): LanguageChoice {
  const byLang = new Map<string, Map<string, string>>();
  const shared = new Map<string, string>();
  for (const child of root.children) {
    if (child.name !== "edu") continue;
    const id = child.attributes.get("id") ?? "";
    const lang = languageOf(child) ?? languageOf(root);
    if (lang === undefined) {
      shared.set(id, child.text.trim());
      continue;
    }
    const edus = byLang.get(lang) ?? new Map<string, string>();
    byLang.set(lang, edus);
    edus.set(id, child.text.trim());
  }
  const langs = [...byLang.keys()];
  if (langs.length === 0) return { ok: true, lang: undefined, edus: shared, others: [] };
  const lang = pick(langs, wanted);
  if (lang === undefined) {
    return {
      ok: false,
      message: `the text is not written in ${languageName(wanted as string)} (${wanted}); it is in ${langs.map((l) => `${languageName(l)} (${l})`).join(", ")}`,
    };
  }
  // In the file's order, which makes the map's source text.
  const edus = new Map<string, string>();
  for (const child of root.children) {
    if (child.name !== "edu") continue;
    const own = languageOf(child) ?? languageOf(root);
    if (own === undefined || own === lang) edus.set(child.attributes.get("id") ?? "", child.text.trim());
  }
  const others = langs
    .filter((l) => l !== lang)
    .map((l) => ({ lang: l, segments: byLang.get(l)?.size ?? 0 }));
  return { ok: true, lang, edus, others };
}

function pick(langs: readonly string[], wanted: string | undefined): string | undefined {
  const same = (a: string, b: string) =>
    a.toLowerCase() === b.toLowerCase() || a.toLowerCase().startsWith(`${b.toLowerCase()}-`);
  if (wanted !== undefined) return langs.find((l) => same(l, wanted));
  return langs.find((l) => same(l, "en")) ?? langs[0];
}

function languageOf(element: XmlElement): string | undefined {
  const lang = element.attributes.get("xml:lang") ?? element.attributes.get("lang");
  return lang === undefined || lang.trim() === "" ? undefined : lang.trim();
}

/** "German" for `de`, in English; the code itself where the platform has no name for it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The languages a map read from a microtext could also have been read in (`meta.microtext.languages`). */
export function otherLanguages(doc: ArgumentMap): string[] {
  const meta = doc.map.meta?.microtext;
  if (meta === null || typeof meta !== "object" || Array.isArray(meta)) return [];
  const { lang, languages } = meta;
  if (!Array.isArray(languages)) return [];
  return languages.filter((code): code is string => typeof code === "string" && code !== lang);
}
