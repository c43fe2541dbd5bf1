/**
 * The Export menu's items: every format Warrant writes, each a download named after the map, pictures
 * of the map (or of the selected points) as SVG or PNG, drawn from the map rather than the screen, the
 * map printed on one landscape page, the flow of the round as a spreadsheet (CSV or .xlsx), the round's
 * cite sheet (Markdown, or a page to print), the printable debate brief, and for class work the copy to give
 * back to a student and an anonymised map. What a format cannot hold is said after the download, in the
 * same words as `warrant convert`.
 */
import type { OutputFormat } from "../../io/formats/formats";
import { useApp } from "../app-context";
import { ClassroomExportItems } from "../classroom/ClassroomExportItems";
import { moveBetweenItems } from "../edit/popover-focus";
import { exportCiteSheet } from "./cite-sheet-export";
import { exportAs, exportPicture, type ImageKind } from "./export-actions";
import { exportFlowSpreadsheet, type FlowSpreadsheet } from "./flow-spreadsheet-export";
import { printMap } from "./map-print";

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
  const app = useApp();
  const { selectedNodeIds } = app.commands.selection;
  const { notify } = app.stores.notices.getState();
  /** Runs an export, then says what came of it (a task with nothing to add returns null). */
  const run = async (task: () => Promise<string | null>) => {
    close();
    try {
      const message = await task();
      if (message) notify("info", message, { lasting: true });
    } catch (error) {
      notify("error", `The export failed: ${error instanceof Error ? error.message : String(error)}`, {
        lasting: true,
      });
    }
  };
  const exportFormat = (format: OutputFormat) =>
    run(async () => {
      const { fileName, dropped } = await exportAs(app.stores.document.getState().doc, format);
      return dropped.length === 0
        ? `Saved ${fileName}.`
        : `Saved ${fileName}. Not carried over: ${dropped.join("; ")}.`;
    });
  const picture = (kind: ImageKind, onlySelection: boolean) =>
    run(async () => {
      const chosen = onlySelection ? selectedNodeIds() : null;
      if (chosen?.length === 0) {
        throw new Error(
          "no point is selected; select the points to picture (Shift+click adds one) and try again",
        );
      }
      const doc = app.stores.document.getState().doc;
      const { fileName, scale } = await exportPicture(doc, kind, chosen && new Set(chosen));
      return scale < 2
        ? `Saved ${fileName}, drawn at ${scale.toFixed(2)} times the picture's size: the largest this browser can draw.`
        : `Saved ${fileName}.`;
    });
  /** Closes the menu and opens a page to read and print (the brief, the cite sheet). */
  const openPage = (page: { setState(state: { open: boolean }): void }) => {
    close();
    page.setState({ open: true });
  };
  const flowSheet = (kind: FlowSpreadsheet) =>
    run(() => exportFlowSpreadsheet(app.stores.document.getState().doc, kind));
  return (
    <div
      className="interop-export-menu"
      role="menu"
      onKeyDown={(event) => moveBetweenItems(event, "[role=menuitem]:not(:disabled)")}
    >
      {FORMATS.map(({ format, label }) => (
        <button key={format} type="button" role="menuitem" onClick={() => void exportFormat(format)}>
          {label}
        </button>
      ))}
      <button type="button" role="menuitem" onClick={() => void picture("svg", false)}>
        Picture of the map (SVG)
      </button>
      <button type="button" role="menuitem" onClick={() => void picture("png", false)}>
        Picture of the map (PNG)
      </button>
      <button type="button" role="menuitem" onClick={() => void picture("svg", true)}>
        Picture of the selection (SVG)
      </button>
      <button type="button" role="menuitem" onClick={() => void picture("png", true)}>
        Picture of the selection (PNG)
      </button>
      <button type="button" role="menuitem" onClick={() => void flowSheet("csv")}>
        Flow of the round (CSV)
      </button>
      <button type="button" role="menuitem" onClick={() => void flowSheet("xlsx")}>
        Flow of the round (Excel .xlsx)
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() => void run(async () => exportCiteSheet(app.stores.document.getState().doc))}
      >
        Cite sheet (Markdown)
      </button>
      <button type="button" role="menuitem" onClick={() => openPage(app.stores.citeSheetView)}>
        Printable cite sheet…
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() =>
          void run(async () => {
            await printMap(app.stores.document.getState().doc);
            return null;
          })
        }
      >
        Print the map…
      </button>
      <button type="button" role="menuitem" onClick={() => openPage(app.stores.briefView)}>
        Printable brief…
      </button>
      <ClassroomExportItems run={run} />
    </div>
  );
}
