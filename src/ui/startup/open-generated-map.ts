/**
 * `?generate=N` opens a generated debate of N nodes instead of the usual map: for demos and for the
 * benchmarks. Such a map is ephemeral (never saved; see src/store/ephemeral-map.ts). `&seed=S` varies it.
 */
import type { App } from "../../app/create-app";
import { generateDebate } from "../../model/generate-debate";
import { LIMITS } from "../../model/schema";

/** Returns true when the address asked for a generated map and one was opened. */
export function openGeneratedMapFromAddress(app: App, search: string): boolean {
  const params = new URLSearchParams(search);
  const nodes = Number(params.get("generate"));
  if (!Number.isInteger(nodes) || nodes < 1) return false;
  const seed = Number(params.get("seed") ?? "1");
  app.commands.maps.openEphemeral(
    generateDebate({ nodes: Math.min(nodes, LIMITS.nodes), seed: Number.isFinite(seed) ? seed : 1 }),
  );
  return true;
}
