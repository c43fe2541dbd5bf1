/** Hands text, or a picture made on the page, to the browser as a downloaded file; nothing leaves the machine. */
import { serializeMap } from "../../io/serialize";
import type { ArgumentMap } from "../../model/schema";
import { mapFileName } from "./file-name";

export function downloadText(text: string, fileName: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(url, fileName);
  // Revoked later: some browsers start reading the blob only after the click handler has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Hands the browser a file it can fetch (a blob or data URL) to save under `fileName`. */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
}

/** Exports a map in the canonical form of the current format version as `<title>.argmap.json`. */
export function downloadMap(doc: ArgumentMap): void {
  downloadText(serializeMap(doc), mapFileName(doc.map.title));
}
