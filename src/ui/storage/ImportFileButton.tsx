/** A button that opens the file picker and imports the chosen file, in any format Warrant reads. */
import { importFileLater } from "../interop/start-import";

export function ImportFileButton({ label = "Import file…" }: { label?: string }) {
  return (
    <label className="keep-file-button">
      {label}
      <input
        type="file"
        accept=".json,.argmap.json,application/json,.argdown,.ad,.aif,.apx,.dl,.tgf,.i23,.af,.txt,.xml"
        className="keep-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) void importFileLater(file);
        }}
      />
    </label>
  );
}
