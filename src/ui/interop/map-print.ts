/**
 * The map printed on one landscape page: its picture (io/picture/map-picture.ts) is put into the page
 * while it prints, and the print stylesheet (interop.css) shows it alone, fitted to a landscape sheet.
 * "Print the map…" in the Export menu loads the picture's code first; the browser's own Print (Ctrl+P)
 * prints the same once that code has loaded, which it does a few seconds after the page opens, because
 * the browser prints at once, without waiting for code to load. Another print under way (the brief, a
 * speech outline, the participation sheet) is left to print as it does.
 */
import type { ArgumentMap } from "../../model/schema";

const PRINTING = "printing-map";
const HOLDER = "map-print";
/** Long enough after opening that fetching the code does not compete with the first screen. */
const PREFETCH_AFTER_MS = 3_000;

type PictureCode = typeof import("../../io/picture/map-picture");
let pictureCode: PictureCode | null = null;

async function loadPictureCode(): Promise<PictureCode> {
  pictureCode ??= await import("../../io/picture/map-picture");
  return pictureCode;
}

function otherPrintUnderway(): boolean {
  const body = document.body;
  for (const name of body.classList) if (name.startsWith("printing-") && name !== PRINTING) return true;
  return document.querySelector(".interop-brief-layer") !== null;
}

function clearPrint(): void {
  document.body.classList.remove(PRINTING);
  for (const holder of document.querySelectorAll(`.${HOLDER}`)) holder.remove();
}

/** Puts the map's picture into the page for printing, in place of whatever was there from before. */
function preparePrint(doc: ArgumentMap): void {
  clearPrint();
  if (!pictureCode || otherPrintUnderway()) return;
  const { svg } = pictureCode.mapPicture(doc);
  // Parsed as SVG, never as HTML: the picture's text is escaped and it holds no script, but nothing in it
  // is ever read as markup of the page.
  const parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
  const holder = document.createElement("div");
  holder.className = HOLDER;
  holder.setAttribute("aria-hidden", "true");
  holder.append(document.importNode(parsed.documentElement, true));
  document.body.append(holder);
  document.body.classList.add(PRINTING);
}

/** "Print the map…": the map alone, on one landscape page. */
export async function printMap(doc: ArgumentMap): Promise<void> {
  await loadPictureCode();
  preparePrint(doc);
  window.print();
}

/** Makes the browser's own Print print the map's picture; returns how to stop. */
export function printMapOnPrint(currentDoc: () => ArgumentMap): () => void {
  const before = () => preparePrint(currentDoc());
  window.addEventListener("beforeprint", before);
  window.addEventListener("afterprint", clearPrint);
  // A failed fetch only means Ctrl+P prints the canvas as before; "Print the map…" tries again and says why.
  const prefetch = setTimeout(() => void loadPictureCode().catch(() => undefined), PREFETCH_AFTER_MS);
  return () => {
    clearTimeout(prefetch);
    window.removeEventListener("beforeprint", before);
    window.removeEventListener("afterprint", clearPrint);
  };
}
