/**
 * The names of every way Warrant can score a map: four gradual semantics that give each node a strength
 * in [0, 1], and three Dung labellings over the attack edges. The CLI's `--semantics` and the app's
 * semantics picker both read these lists, so a new semantics is added in one place.
 */

export const GRADUAL_SEMANTICS = ["dfquad", "quadratic-energy", "euler", "h-categorizer"] as const;
export const LABELLING_SEMANTICS = ["grounded", "preferred", "stable"] as const;
export const SEMANTICS = [...GRADUAL_SEMANTICS, ...LABELLING_SEMANTICS] as const;

export type GradualSemantics = (typeof GRADUAL_SEMANTICS)[number];
export type LabellingSemantics = (typeof LABELLING_SEMANTICS)[number];
export type ExtensionSemantics = Exclude<LabellingSemantics, "grounded">;
export type Semantics = (typeof SEMANTICS)[number];

export const DEFAULT_SEMANTICS: GradualSemantics = "dfquad";

export function isGradualSemantics(name: string): name is GradualSemantics {
  return (GRADUAL_SEMANTICS as readonly string[]).includes(name);
}

export function isLabellingSemantics(name: string): name is LabellingSemantics {
  return (LABELLING_SEMANTICS as readonly string[]).includes(name);
}

export function isSemantics(name: string): name is Semantics {
  return (SEMANTICS as readonly string[]).includes(name);
}

/** Where each gradual semantics comes from, for help texts and the inspector. */
export const SEMANTICS_SOURCES: Record<Semantics, string> = {
  dfquad: "DF-QuAD (Rago et al. 2016)",
  "quadratic-energy": "quadratic energy (Potyka 2018)",
  euler: "Euler-based (Amgoud and Ben-Naim 2018)",
  "h-categorizer": "weighted h-categorizer (Besnard and Hunter 2001; Amgoud et al. 2017)",
  grounded: "grounded labelling (Dung 1995)",
  preferred: "preferred extensions (Dung 1995)",
  stable: "stable extensions (Dung 1995)",
};
