import { useApp } from "../app-context";
/** A button that opens the file picker and imports the chosen file, in any format Warrant reads. */

export function ImportFileButton({ label = "Import file…" }: { label?: string }) {
  const app = useApp();
  const { importFileByFlow } = app.commands.imports;
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
          if (file) void importFileByFlow(file);
        }}
      />
    </label>
  );
}
