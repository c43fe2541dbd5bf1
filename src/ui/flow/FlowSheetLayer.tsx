/** The flow sheet over the whole main area while the Flow view is chosen; its code loads the first time. */

import { useMainView } from "../app-context";
import { PartBoundary } from "../crash/PartBoundary";
import { onDemandWhile } from "../on-demand/on-demand";

const FlowSheet = onDemandWhile(
  () => useMainView((state) => state.view === "flow"),
  "the flow sheet",
  () => import("./FlowSheet").then((m) => m.FlowSheet),
);

export function FlowSheetLayer() {
  return (
    <PartBoundary part="The flow sheet">
      <FlowSheet />
    </PartBoundary>
  );
}
