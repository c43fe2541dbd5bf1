/**
 * The cross-examination after a speech, under the speech's heading on the sheet and in the side panel's
 * flow: it holds no points, so it has no column, but a debater flowing the round sees where it comes and
 * for how long (the whole of it, name and who asks, on hover).
 */
import type { FlowColumn } from "./flow-layout";

export function CrossAfter({ column }: { column: FlowColumn }) {
  const cross = column.crossAfter;
  if (!cross) return null;
  return (
    <span className="flow-speech-cross" title={`${cross.name}: ${cross.who}, ${cross.minutes} min`}>
      {" "}
      then {cross.id}, {cross.minutes} min
    </span>
  );
}
