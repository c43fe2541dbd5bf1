/**
 * The Export menu's items: every format Warrant writes, each a download named after the map, pictures
 * of the map (or of the selected points) as PNG or SVG (an overview of blocks when the map is too big to
 * snapshot from the page), the printable debate brief, and for class work
 * the copy to give back to a student and an anonymised map. What a format
 * cannot hold is said after the download, in the same words as `warrant convert`.
 */
import type { OutputFormat } from "../../io/formats/formats";
import { useBriefView, useDocumentStore, useKeepStore } from "../../store/app-stores";
import { ClassroomExportItems } from "../classroom/ClassroomExportItems";
import { selectedNodeIds } from "../edit/selection";
import { canvasPicture } from "./canvas-picture";
import { exportAs, exportImage, exportOverview, type ImageKind } from "./export-actions";

/** What the picture of a map too big to draw point by point is. */
const OVERVIEW_NOTE =
  "This map is too big to picture point by point, so the picture is an overview: a block per point, coloured by its kind, and a line per relation.";

/** The formats listed here, in the menu's order (labels as in the format registry, loaded on demand). */
const FORMATS: { format: OutputFormat; label: string }[] = [
  { format: "json", label: "Warrant map (JSON)" },
  { format: "argdown", label: "Argdown" },
  { format: "aif", label: "AIF JSON (opens in OVA3)" },
  { format: "apx", label: "ICCMA APX (attacks only)" },
  { format: "tgf", label: "ICCMA TGF (attacks only)" },
  { format: "iccma", label: "ICCMA 2023 (attacks only)" },
  { format: "dot", label: "Graphviz DOT" },
  { format: "markdown", label: "Debate brief (Markdown)" },
];

export default function ExportMenuItems({ close }: { close(): void }) {
  const notify = (message: string) => useKeepStore.setState({ notice: { tone: "info", message } });
  const run = async (task: () => Promise<string>) => {
    close();
    try {
      notify(await task());
    } catch (error) {
      useKeepStore.setState({
        notice: {
          tone: "warning",
          message: `The export failed: ${error instanceof Error ? error.message : String(error)}`,
        },
      });
    }
  };
  const exportFormat = (format: OutputFormat) =>
    run(async () => {
      const { fileName, dropped } = await exportAs(useDocumentStore.getState().doc, format);
      return dropped.length === 0
        ? `Saved ${fileName}.`
        : `Saved ${fileName}. Not carried over: ${dropped.join("; ")}.`;
    });
  const picture = (kind: ImageKind, onlySelection: boolean) =>
    run(async () => {
      const canvas = canvasPicture();
      const bounds = canvas?.bounds(onlySelection);
      if (!canvas || !bounds)
        throw new Error(onlySelection ? "no point is selected" : "the map has no points to draw");
      const doc = useDocumentStore.getState().doc;
      if (canvas.allInPage(onlySelection)) {
        const fileName = await exportImage(doc, kind, canvas.viewport, bounds, onlySelection);
        return `Saved ${fileName}.`;
      }
      const chosen = onlySelection ? new Set(selectedNodeIds()) : null;
      const fileName = await exportOverview(doc, kind, canvas.scene, canvas.palette, chosen);
      return `Saved ${fileName}. ${OVERVIEW_NOTE}`;
    });
  // Said before the choice as well as after it: the picture of a big map is not a snapshot of the canvas.
  const canvas = canvasPicture();
  const hintFor = (onlySelection: boolean) =>
    canvas?.allInPage(onlySelection) === false ? (
      <span className="interop-export-hint">, as an overview of blocks</span>
    ) : null;
  const mapHint = hintFor(false);
  const selectionHint = hintFor(true);
  return (
    <div className="interop-export-menu" role="menu" onKeyDown={(event) => event.key === "Escape" && close()}>
      {FORMATS.map(({ format, label }) => (
        <button key={format} type="button" role="menuitem" onClick={() => void exportFormat(format)}>
          {label}
        </button>
      ))}
      <button type="button" role="menuitem" onClick={() => void picture("png", false)}>
        Picture of the map (PNG)
        {mapHint}
      </button>
      <button type="button" role="menuitem" onClick={() => void picture("svg", false)}>
        Picture of the map (SVG)
        {mapHint}
      </button>
      <button type="button" role="menuitem" onClick={() => void picture("png", true)}>
        Picture of the selection (PNG)
        {selectionHint}
      </button>
      <button type="button" role="menuitem" onClick={() => void picture("svg", true)}>
        Picture of the selection (SVG)
        {selectionHint}
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          close();
          useBriefView.setState({ open: true });
        }}
      >
        Printable brief…
      </button>
      <ClassroomExportItems run={run} />
    </div>
  );
}
