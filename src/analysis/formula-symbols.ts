/**
 * The symbols of each semantics' formula, named in words, for the working behind a strength
 * (explain-text.ts writes the formulas with these symbols).
 */
import type { GradualSemantics } from "./semantics";

export interface FormulaSymbol {
  symbol: string;
  meaning: string;
}

const COMMON: FormulaSymbol[] = [
  { symbol: "base", meaning: "the point's own score before anything argues about it" },
  { symbol: "strength", meaning: "how strong a supporting or attacking point ends up" },
  {
    symbol: "weight",
    meaning:
      "how much its link counts, from 0 to 1; an undercut lowers it, and a linked group counts its weakest link",
  },
  { symbol: "aggregate", meaning: "the supports' pull minus the attacks' pull on this point" },
];

const SUMS: FormulaSymbol = {
  symbol: "supporters, attackers",
  meaning: "each side's pull: weight × strength added up over its points",
};

export const FORMULA_SYMBOLS: Record<GradualSemantics, FormulaSymbol[]> = {
  dfquad: [
    ...COMMON,
    {
      symbol: "v_sup, v_att",
      meaning:
        "the supports' and the attacks' combined pull: 1 − ∏(1 − weight × strength), so that two strong attacks count for little more than one",
    },
    { symbol: "∏", meaning: "the product: every term multiplied together" },
  ],
  "quadratic-energy": [
    ...COMMON,
    SUMS,
    {
      symbol: "h(x)",
      meaning: "x² / (1 + x²): turns any pull into a share below 1, small pulls counting little",
    },
  ],
  euler: [...COMMON, SUMS, { symbol: "e^x", meaning: "the exponential function: e (2.718…) to the power x" }],
  "h-categorizer": [
    ...COMMON.filter((s) => s.symbol !== "aggregate"),
    {
      symbol: "aggregate",
      meaning: "the attacks' pull: weight × strength added up over the attackers (supports do not count)",
    },
  ],
};
