/** Reads a picked or dropped file and imports it; a file too large for a map is refused unread. */
import { LIMITS } from "../../model/schema";
import type { KeepSession } from "../../store/persistence/keep-session";
import { useKeepStore } from "../../store/persistence/keep-store";

export async function importFile(file: File, session: KeepSession | null): Promise<void> {
  if (!session) return;
  const source = `the file “${file.name}”`;
  if (file.size > LIMITS.bytes) {
    useKeepStore.setState({
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
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    useKeepStore.setState({
      importReport: {
        source,
        ok: false,
        errors: [{ path: "$", message: `could not be read (${reason})` }],
        warnings: [],
      },
    });
    return;
  }
  session.importText(text, source);
}
