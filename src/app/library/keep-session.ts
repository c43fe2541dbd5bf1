/**
 * What the user can do with the library: open, create, duplicate, rename, delete (with undo), import,
 * and answer the autosave's questions (a conflict with another tab, a map that could not be read).
 */

import { type LoadResult, loadMap } from "../../io/load";
import { serializeMap } from "../../io/serialize";
import { decodeShareFragment } from "../../io/share-link";
import { utf8ByteLength } from "../../io/utf8-size";
import { isUnstartedAssignment } from "../../model/classroom";
import { retitleMap } from "../../model/operations/map-info";
import type { Problem } from "../../model/problem";
import type { AssignmentAnswer } from "../../store/classroom/assignment-intake";
import type { NoticeTone } from "../../store/notice-store";
import { recoverableText, removeMap, restoreMap } from "../../store/persistence/library-removal";
import { acceptableTitle, blankMap, withTitleSuffix } from "../../store/persistence/map-titles";
import { forgetRenderFailure } from "../../store/persistence/render-failures";
import { KeepCore } from "./keep-core";

export interface ImportOptions {
  /** Add the map as it is: an assignment is not held for a student's name (the class map, say). */
  asGiven?: boolean;
}

export class KeepSession extends KeepCore {
  openMap(id: string): void {
    if (!this.controller || id === this.controller.openMapId) return;
    if (!this.leaveCurrent(() => this.openMap(id))) return;
    this.forgetFailure(id);
    if (!this.openStored(id)) {
      const blocked = this.library?.blockedMap(id);
      this.notify(
        "warning",
        `That map could not be opened: ${blocked?.message ?? "it is no longer stored"}.`,
      );
    }
  }

  createBlankMap(): void {
    this.addAndOpen(blankMap(this.env.now()));
  }

  createEssayMap(): void {
    this.addAndOpen(this.env.essayMap());
  }

  /** Adds a copy of a map to the library (the open map as it is now, unsaved changes included). */
  duplicateMap(id: string): void {
    const library = this.library;
    if (!library || !this.controller) return;
    const read = id === this.controller.openMapId ? null : library.read(id);
    const source = read === null ? this.controller.document : read.ok ? read.doc : null;
    if (!source) {
      this.notify("warning", "That map could not be read, so it was not duplicated.");
      return;
    }
    const title = withTitleSuffix(source.map.title, " (copy)");
    const { result } = library.create(retitleMap(source, title));
    if (result.ok) this.notify("info", `Added “${title}” to the library.`);
    else this.notify("warning", `“${title}” could not be added: ${result.message}.`);
    this.refresh();
  }

  /** False when the title is refused (blank or too long) or the map could not be written. */
  renameMap(id: string, typed: string): boolean {
    const title = acceptableTitle(typed);
    if (title === null) {
      this.notify("warning", "A map title needs 1 to 200 characters.");
      return false;
    }
    if (id === this.controller?.openMapId) {
      this.stores.document.getState().applyEdit((doc) => retitleMap(doc, title));
      return true;
    }
    const read = this.library?.read(id);
    if (!read?.ok) {
      this.notify("warning", "That map could not be read, so it was not renamed.");
      this.refresh();
      return false;
    }
    const result = this.library?.write(id, retitleMap(read.doc, title), read.revision);
    this.refresh();
    if (!result?.ok) this.notify("warning", `The map could not be renamed: ${result?.message}.`);
    return result?.ok === true;
  }

  /** Removes a map; "Undo delete" can bring it back for the rest of the session. */
  deleteMap(id: string): void {
    const library = this.library;
    const controller = this.controller;
    if (!library || !controller) return;
    const title = this.stores.keep.getState().entries.find((entry) => entry.id === id)?.title ?? id;
    const wasOpen = id === controller.openMapId;
    if (wasOpen) {
      // Saved first, so that undoing the delete brings back the map as it was last seen.
      controller.flush();
      controller.close();
    }
    const removal = removeMap(library, id, title);
    if (!removal.ok) {
      this.notify(
        "warning",
        removal.putBack
          ? `“${title}” was not deleted: ${removal.message}. It is still in the library, unchanged.`
          : `“${title}” was only partly deleted: ${removal.message}, and what was removed could not be put back. Export it from the library's list if it still opens.`,
      );
      if (wasOpen && removal.putBack) this.openStored(id);
      else if (wasOpen) this.openNewest();
      this.refresh();
      return;
    }
    const { removed } = removal;
    this.forgetFailure(id);
    this.stores.keep.setState({ deleted: { ...removed, wasOpen } });
    if (removed.backupsListed) this.stores.notices.getState().dismissLasting();
    else
      this.notify(
        "warning",
        `Browser storage could not list the backups of “${title}”, so some may still be stored.`,
      );
    if (wasOpen) this.openNewest();
    this.refresh();
  }

  undoDelete(): void {
    const deleted = this.stores.keep.getState().deleted;
    if (!deleted || !this.library) return;
    const { result, leftOver } = restoreMap(this.library, deleted);
    this.stores.keep.setState({ deleted: null });
    if (result === "restored") {
      if (deleted.wasOpen) this.openMap(deleted.id);
    } else {
      const why =
        result === "taken"
          ? "its place was taken"
          : `browser storage is ${result === "quota" ? "full" : "unavailable"}`;
      const rest =
        leftOver > 0
          ? ` Part of it was written before that and could not be taken out again, so it may be listed as a map that cannot be read.`
          : "";
      this.notify("warning", `“${deleted.title}” could not be brought back: ${why}.${rest}`);
    }
    this.refresh();
  }

  forgetDeleted(): void {
    this.stores.keep.setState({ deleted: null });
  }

  /**
   * Imports map text (a file, a drop, a paste) as a new map; the open map's data is not touched.
   * `readingWarnings` are what decoding the file's bytes had to say (an encoding guessed, say).
   */
  importText(text: string, source: string, readingWarnings: readonly Problem[] = []): void {
    this.importRead(loadMap(text, { mode: "lenient" }), source, readingWarnings);
  }

  /** Imports map text the import's reading worker has already loaded (store/reading/import-reading.ts). */
  importRead(result: LoadResult, source: string, readingWarnings: readonly Problem[] = []): void {
    this.importResult(
      result.ok && readingWarnings.length > 0
        ? { ...result, warnings: [...readingWarnings, ...result.warnings] }
        : result,
      source,
    );
  }

  /**
   * Adds a map that another format's importer already read and the person has seen the report of;
   * it goes through the same path as any import, so it opens as a new library map.
   */
  importLoaded(result: LoadResult, source: string, options: ImportOptions = {}): void {
    this.importResult(result, source, options);
  }

  /**
   * The answer to an assignment held at import (see classroom/assignment-intake.ts): a student's own
   * copy, or (for the teacher) the assignment itself, added as any import is.
   */
  answerAssignment(answer: AssignmentAnswer): void {
    const answered = this.stores.assignmentIntake.getState().answer(answer);
    if (!answered) return;
    const { result, source } = answered.pending;
    this.importResult({ ...result, doc: answered.doc }, source, { asGiven: true });
  }

  /**
   * A share link's map is shown to the user first (title and size) and added to the library only when
   * they say so (`answerShare`); a link that cannot be read is reported at once.
   */
  importShareFragment(hash: string): void {
    // An edit made just before is written first, whatever reading the link costs.
    this.flush();
    const result = decodeShareFragment(hash);
    if (!result) return;
    if (!result.ok) {
      this.importResult(result, "the share link");
      return;
    }
    const { doc } = result;
    this.stores.keep.setState({
      pendingShare: {
        title: doc.map.title,
        nodes: doc.nodes.length,
        edges: doc.edges.length,
        bytes: utf8ByteLength(serializeMap(doc)),
        result,
      },
    });
  }

  answerShare(add: boolean): void {
    const pending = this.stores.keep.getState().pendingShare;
    this.stores.keep.setState({ pendingShare: null });
    if (add && pending) this.importResult(pending.result, "the share link");
  }

  closeImportReport(): void {
    this.stores.keep.setState({ importReport: null });
  }

  /** Another tab saved newer work: take its version, or keep this tab's work as a separate map. */
  resolveConflict(choice: "theirs" | "mine-as-copy"): void {
    const controller = this.controller;
    if (!controller) return;
    if (choice === "theirs") this.catchUpByAdopting();
    else this.keepAsCopy(" (this tab's copy)");
  }

  /** The stored text of a map, for the user to keep (an unreadable map's raw data, say). */
  storedText(id: string): string | null {
    return this.library ? recoverableText(this.library, id) : null;
  }

  dismissBlocked(id: string): void {
    this.stores.keep.setState((state) => ({
      blocked: state.blocked.map((b) => (b.id === id ? { ...b, dismissed: true } : b)),
    }));
  }

  /** Hides the message about maps that broke the page; they are still not opened by themselves. */
  dismissFailedMaps(): void {
    this.stores.keep.setState({ failedMaps: [] });
  }

  private catchUpByAdopting(): void {
    const controller = this.controller;
    const id = controller?.openMapId;
    if (!controller || !id) return;
    const result = controller.adoptStored();
    if (result.kind === "adopted") this.show(id, result.doc, result.revision, {});
    this.refresh();
  }

  private importResult(result: LoadResult, source: string, options: ImportOptions = {}): void {
    if (!result.ok) {
      const { kind, errors, warnings } = result;
      this.stores.keep.setState({ importReport: { source, ok: false, kind, errors, warnings } });
      return;
    }
    // An assignment waits for whoever opened it to say who they are.
    if (!options.asGiven && isUnstartedAssignment(result.doc)) {
      this.stores.assignmentIntake.getState().hold(result, source);
      return;
    }
    const id = this.addAndOpen(result.doc);
    if (id === null) return;
    const title = result.doc.map.title;
    if (result.warnings.length > 0) {
      this.stores.keep.setState({
        importReport: { source, ok: true, title, errors: [], warnings: result.warnings },
      });
    } else {
      this.notify("info", `Imported “${title}” from ${source} as a new map in the library.`, id);
    }
  }

  /** The map is no longer one to hold back on the next visit: the user opened or deleted it. */
  private forgetFailure(id: string): void {
    if (this.library) forgetRenderFailure(this.library.storage, id);
    this.stores.keep.setState((state) => ({
      failedMaps: state.failedMaps.filter((failure) => failure.id !== id),
    }));
  }

  private openNewest(): void {
    for (const entry of this.library?.list() ?? []) {
      if (this.openStored(entry.id)) return;
    }
    this.createBlankMap();
  }

  /** `aboutMap`: the library id of the map the notice is about, when it no longer applies once another opens. */
  private notify(tone: NoticeTone, message: string, aboutMap?: string): void {
    this.stores.notices.getState().notify(tone, message, { lasting: true, aboutMap });
  }
}
