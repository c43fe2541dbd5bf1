/** The default scheme of each kind of AIF scheme node: the one that goes without saying on a relation. */
export const DEFAULT_SCHEME: Readonly<Record<string, string>> = {
  RA: "Default Inference",
  CA: "Default Conflict",
  MA: "Default Rephrase",
};
