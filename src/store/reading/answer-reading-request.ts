/**
 * Reads an imported text as one step: recognise its format (unless given), then read it with that
 * format's reader or, for Warrant's own JSON and text nothing recognises, the load pipeline. The same
 * pure work runs in the import-reading worker and, where there is no worker, on the page.
 */
import { detectFormat } from "../../io/formats/detect-format";
import { INPUT_FORMAT_INFO } from "../../io/formats/formats";
import { loadMap } from "../../io/load";
import { decodeStoredMap } from "../persistence/stored-map-decode";
import type { ReadingAnswer, ReadingRequest } from "./import-reading-messages";

export async function answerReadingRequest(request: ReadingRequest): Promise<ReadingAnswer> {
  const { text, name, lang } = request;
  try {
    if (request.stored) return { kind: "stored", decoded: decodeStoredMap(text) };
    let format = request.format;
    if (format === undefined) {
      // The same detection as the command line's, so a file opens as the same format in both.
      const detected = detectFormat(text, name);
      if (detected.kind === "ambiguous") return { kind: "ambiguous", candidates: detected.candidates };
      if (detected.kind === "found") format = detected.format;
    }
    const info = format === undefined || format === "json" ? undefined : INPUT_FORMAT_INFO.get(format);
    if (format === undefined || info === undefined) {
      return { kind: "loaded", result: loadMap(text, { mode: "lenient" }) };
    }
    const result = await info.read(text, {
      ...(name !== undefined ? { name } : {}),
      ...(lang !== undefined ? { lang } : {}),
    });
    return { kind: "read", format: info.format, result };
  } catch (error) {
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}
