/** The flow sheet over the whole main area while the Flow view is chosen; its code loads the first time. */
import { PartBoundary } from "../crash/PartBoundary";
import { onDemandWhile } from "../on-demand/on-demand";
import { useMainViewStore } from "./main-view-store";

const FlowSheet = onDemandWhile(
  () => useMainViewStore((state) => state.view === "flow"),
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
