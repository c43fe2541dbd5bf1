/**
 * What the flow's debate moves mark on a point, in its `meta` (so the format needs no field of its own):
 * an extension carried into its side's next speech, and a point crossed out (conceded or withdrawn),
 * kept and struck through. The flow sheet draws them; the drop rule (analysis/flow.ts) reads the second.
 */
import type { ArgNode } from "./schema";

export const EXTENSION_KEY = "warrant:extension";
export const CROSSED_OUT_KEY = "warrant:crossedOut";

export const isExtension = (node: ArgNode): boolean => node.meta?.[EXTENSION_KEY] === true;
export const isCrossedOut = (node: ArgNode): boolean => node.meta?.[CROSSED_OUT_KEY] === true;
