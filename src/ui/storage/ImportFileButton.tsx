/** A button that opens the file picker and imports the chosen map file. */
import { keepSession } from "../../store/persistence/start-keep";
import { importFile } from "./import-file";

export function ImportFileButton({ label = "Import file…" }: { label?: string }) {
  return (
    <label className="keep-file-button">
      {label}
      <input
        type="file"
        accept=".json,.argmap.json,application/json"
        className="keep-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) void importFile(file, keepSession());
        }}
      />
    </label>
  );
}
