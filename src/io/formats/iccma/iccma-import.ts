/**
 * ICCMA frameworks (APX, TGF, the 2023 `p af N` format) as maps: each argument becomes a point, each
 * attack an attack. A framework has no thesis and no supports, so an argument that attacks something
 * is a critique and one that attacks nothing a claim (a critique must attack something). Argument
 * names become node ids (made safe for format v1 where needed) and the text of each point; where the file
 * says which map id a name stands for (as Warrant's own files do), the point takes that id back.
 */
import { finishImport, guardImport, type ImportResult, unreadable } from "../import-result";
import { MapBuilder } from "../map-builder";
import type { FrameworkParse, ParsedFramework } from "./framework";
import { parseApx } from "./parse-apx";
import { parseI23 } from "./parse-i23";
import { parseTgf } from "./parse-tgf";

export type IccmaSyntax = "apx" | "tgf" | "iccma";

const PARSERS: ReadonlyMap<IccmaSyntax, (text: string) => FrameworkParse> = new Map([
  ["apx", parseApx],
  ["tgf", parseTgf],
  ["iccma", parseI23],
]);

const SYNTAX_NAMES: ReadonlyMap<IccmaSyntax, string> = new Map([
  ["apx", "APX"],
  ["tgf", "TGF"],
  ["iccma", "ICCMA 2023"],
]);

export interface IccmaImportOptions {
  /** The file name, for the map's title. */
  name?: string;
}

export function importIccma(
  text: string,
  syntax: IccmaSyntax,
  options: IccmaImportOptions = {},
): ImportResult {
  return guardImport(() => {
    const parse = PARSERS.get(syntax) as (text: string) => FrameworkParse;
    const parsed = parse(text);
    if (!parsed.ok) return unreadable(parsed.errors);
    const { doc, dropped } = frameworkToMap(
      parsed.framework,
      SYNTAX_NAMES.get(syntax) as string,
      options.name,
    );
    return finishImport(doc, dropped);
  });
}

function frameworkToMap(framework: ParsedFramework, syntaxName: string, name?: string) {
  const builder = new MapBuilder();
  for (const line of framework.dropped) builder.drop(line);
  for (const arg of framework.args) {
    const id = framework.ids?.get(arg) ?? arg;
    builder.node({
      sourceId: arg,
      text: framework.texts?.get(arg) ?? id,
      meta: renamedMeta(builder, arg, id),
    });
  }
  for (const [from, to] of framework.attacks) {
    for (const end of [from, to]) {
      if (!builder.hasNode(end)) {
        builder.drop(
          `the attack ${from} → ${to} names ${JSON.stringify(end)}, which the file never declares; added it as an argument`,
        );
        builder.node({ sourceId: end, text: end });
      }
    }
    builder.edge(
      builder.nodeId(from) as string,
      builder.nodeId(to) as string,
      "attack",
      `the attack ${from} → ${to}`,
    );
  }
  builder.inferKinds();
  const title = name ? name.replace(/\.[^.]*$/, "") : `${syntaxName} framework`;
  return { doc: builder.build({ title, idHint: title }), dropped: builder.dropped() };
}

/** Keeps an argument's own name when format v1 needed a different id for it. */
function renamedMeta(builder: MapBuilder, arg: string, wanted: string) {
  const id = builder.ids.idFor(arg, "n", wanted);
  return id === arg ? undefined : { iccma: { name: arg } };
}
