/**
 * While an imported file is read (in its worker, so the page keeps answering), what is being read and a
 * Cancel that stops it at once; nothing is imported then.
 */
import { useImportReading } from "../app-context";

export function ImportReadingBar() {
  const reading = useImportReading((state) => state.reading);
  if (!reading) return null;
  return (
    <div className="keep-banner keep-banner-info import-reading" role="status">
      Reading {reading.source}…{" "}
      <button type="button" onClick={reading.cancel}>
        Cancel
      </button>
    </div>
  );
}
