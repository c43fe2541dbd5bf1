/**
 * One way in for every import (the file picker, a file dropped on the window, pasted text): the format is
 * recognised from the content and the file name, a map in Warrant's own JSON opens at once as before,
 * and a map in another format is read and shown in the Import dialog, with everything that will not be
 * carried over, before it is added to the library. The importers load only when needed, so none of them
 * weighs on the first screen.
 */
import type { InputFormat } from "../../io/formats/formats";
import type { ImportResult } from "../../io/formats/import-result";
import type { Problem } from "../../model/problem";
import { LIMITS } from "../../model/schema";
import type { PendingImport } from "../../store/import-flow-store";
import type { ReadForImport } from "../../store/reading/import-reading";
import type { AppStores } from "../create-stores";
import type { KeepSession } from "../library/keep-session";

export function createImportCommands(stores: AppStores, keep: KeepSession, readForImport: ReadForImport) {
  async function importFileByFlow(file: File): Promise<void> {
    // An edit made just before the drop is written before the file is read, whatever reading it costs.
    keep.flush();
    const source = `the file “${file.name}”`;
    if (file.size > LIMITS.bytes) {
      stores.keep.setState({
        importReport: {
          source,
          ok: false,
          kind: "too-large",
          errors: [
            {
              path: "$",
              message: `the file is larger than ${LIMITS.bytes / (1024 * 1024)} MB, the limit for a map`,
            },
          ],
          warnings: [],
        },
      });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      stores.keep.setState({
        importReport: {
          source,
          ok: false,
          errors: [{ path: "$", message: `could not be read (${reason})` }],
          warnings: [],
        },
      });
      return;
    }
    // Loaded with the first import, not with the first screen.
    const { decodeText } = await import("../../io/decode-text");
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      stores.keep.setState({
        importReport: { source, ok: false, errors: [{ path: "$", message: decoded.message }], warnings: [] },
      });
      return;
    }
    const readingWarnings = decoded.warnings.map((message) => ({ path: "$", message }));
    await importTextByFlow(decoded.text, source, file.name, readingWarnings);
  }

  /** `readingWarnings`: what decoding the file's bytes had to say, shown with the importer's own warnings. */
  async function importTextByFlow(
    text: string,
    source: string,
    name?: string,
    readingWarnings: readonly Problem[] = [],
  ): Promise<void> {
    keep.flush();
    stores.importFlow.setState({ reading: true });
    try {
      const { INPUT_FORMAT_INFO } = await import("../../io/formats/formats");
      // Recognised and read in a worker that can be stopped (store/reading/import-reading.ts).
      const detected = await readForImport({ text, ...(name !== undefined ? { name } : {}) }, source);
      if (detected === null) return;
      if (detected.kind === "ambiguous") {
        stores.importFlow.setState({
          pending: {
            source,
            text,
            ...(name !== undefined ? { name } : {}),
            readingWarnings,
            candidates: detected.candidates.map((f) => ({
              format: f,
              label: INPUT_FORMAT_INFO.get(f)?.label ?? f,
            })),
          },
        });
        return;
      }
      // Warrant's own JSON, and text nothing recognises, take the direct path: it reports JSON errors.
      if (detected.kind === "loaded") {
        keep.importRead(detected.result, source, readingWarnings);
        return;
      }
      if (detected.kind !== "read") return;
      await showRead(
        detected.format,
        { source, text, ...(name !== undefined ? { name } : {}), readingWarnings },
        detected.result,
      );
    } finally {
      stores.importFlow.setState({ reading: false });
    }
  }

  /** Reads the text as `format`: a failure is reported at once, a map waits in the dialog for a yes. */
  async function readAs(
    format: InputFormat,
    pending: Omit<PendingImport, "format" | "result">,
  ): Promise<void> {
    const request = {
      text: pending.text,
      format,
      ...(pending.name !== undefined ? { name: pending.name } : {}),
      ...(pending.lang !== undefined ? { lang: pending.lang } : {}),
    };
    const read = await readForImport(request, pending.source);
    if (read?.kind === "read") await showRead(format, pending, read.result);
    else stores.importFlow.setState({ pending: null });
  }

  async function showRead(
    format: InputFormat,
    pending: Omit<PendingImport, "format" | "result">,
    result: ImportResult,
  ): Promise<void> {
    const { INPUT_FORMAT_INFO } = await import("../../io/formats/formats");
    const info = INPUT_FORMAT_INFO.get(format);
    if (!info) return;
    if (!result.ok) {
      stores.importFlow.setState({ pending: null });
      stores.keep.setState({
        importReport: {
          source: `${pending.source} (read as ${info.label})`,
          ok: false,
          ...(result.kind !== "unreadable" ? { kind: result.kind } : {}),
          errors: result.errors,
          warnings: [],
        },
      });
      return;
    }
    const withReading = { ...result, warnings: [...(pending.readingWarnings ?? []), ...result.warnings] };
    stores.importFlow.setState({ pending: { ...pending, format, label: info.label, result: withReading } });
  }

  function confirmImport(): void {
    const pending = stores.importFlow.getState().pending;
    stores.importFlow.setState({ pending: null });
    if (!pending?.result) return;
    const { doc, dropped, warnings } = pending.result;
    const source = `${pending.source} (${pending.label})`;
    keep.importLoaded({ ok: true, doc, warnings }, source);
    // What the file could not carry, grouped for the Health tab of the map it opened; the grouping loads
    // with the import dialog's chunk, not with the first screen.
    void import("../../io/import-notices").then(({ importNotices }) => {
      const groups = importNotices(pending.label ?? "the file", dropped, warnings);
      stores.importFlow.setState({
        lastImport: groups.length > 0 ? { mapId: doc.map.id, source, groups } : null,
      });
    });
  }

  function cancelImport(): void {
    stores.importFlow.setState({ pending: null });
  }

  return { importFileByFlow, importTextByFlow, readAs, confirmImport, cancelImport };
}

export type ImportCommands = ReturnType<typeof createImportCommands>;
