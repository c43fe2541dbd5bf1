/** A short classroom round the flow's editing tests start from: a thesis and its claim, a critique of it. */
import { buildMap } from "../analysis/map-builder";

export const shortRound = () =>
  buildMap(
    { t: { kind: "thesis", speech: "OF" }, c: { speech: "OF" }, k: { kind: "critique", speech: "OA" } },
    [
      ["c", "support", "t"],
      ["k", "attack", "t"],
    ],
  );
