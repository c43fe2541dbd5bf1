import { describe, expect, it } from "vitest";
import { buildStructure } from "../../../src/store/explore/argument-structure";
import {
  ancestorKeys,
  defaultExpanded,
  indexOutline,
  outlineKeyAction,
  visibleRows,
} from "../../../src/ui/outline/outline-navigation";
import { buildOutline, UNREACHABLE_GROUP_KEY } from "../../../src/ui/outline/outline-tree";
import { edge, node } from "./graph-arbitrary";

const outline = buildOutline(
  buildStructure({
    nodes: [node("t", "thesis"), node("a"), node("x", "evidence"), node("b"), node("loose")],
    edges: [edge("e1", "a", "t"), edge("e2", "x", "a"), edge("e3", "b", "t")],
  }),
);
const index = indexOutline(outline);

describe("the outline's keyboard model", () => {
  const expanded = new Set(["n:t", "n:a", UNREACHABLE_GROUP_KEY]);
  const rows = visibleRows(outline, (key) => expanded.has(key));

  it("shows the rows that are open, with levels and parents", () => {
    expect(rows.map((row) => [row.key, row.level, row.parentKey])).toEqual([
      ["n:t", 1, null],
      ["n:a", 2, "n:t"],
      ["n:x", 3, "n:a"],
      ["n:b", 2, "n:t"],
      [UNREACHABLE_GROUP_KEY, 1, null],
      ["n:loose", 2, UNREACHABLE_GROUP_KEY],
    ]);
  });

  it("moves with Up, Down, Home and End, stopping at the ends", () => {
    expect(outlineKeyAction(rows, "n:a", "ArrowDown")).toEqual({ type: "move", key: "n:x" });
    expect(outlineKeyAction(rows, "n:a", "ArrowUp")).toEqual({ type: "move", key: "n:t" });
    expect(outlineKeyAction(rows, "n:t", "ArrowUp")).toBeNull();
    expect(outlineKeyAction(rows, "n:loose", "ArrowDown")).toBeNull();
    expect(outlineKeyAction(rows, "n:b", "Home")).toEqual({ type: "move", key: "n:t" });
    expect(outlineKeyAction(rows, "n:b", "End")).toEqual({ type: "move", key: "n:loose" });
  });

  it("opens or enters with Right, closes or goes up with Left", () => {
    expect(outlineKeyAction(rows, "n:a", "ArrowRight")).toEqual({ type: "move", key: "n:x" });
    expect(outlineKeyAction(rows, "n:a", "ArrowLeft")).toEqual({ type: "collapse", key: "n:a" });
    expect(outlineKeyAction(rows, "n:x", "ArrowLeft")).toEqual({ type: "move", key: "n:a" });
    expect(outlineKeyAction(rows, "n:x", "ArrowRight")).toBeNull();
    expect(outlineKeyAction(rows, "n:t", "ArrowLeft")).toEqual({ type: "collapse", key: "n:t" });
    const folded = visibleRows(outline, (key) => key === "n:t");
    expect(outlineKeyAction(folded, "n:a", "ArrowRight")).toEqual({ type: "expand", key: "n:a" });
  });

  it("selects a node with Enter or Space, and opens the group instead", () => {
    expect(outlineKeyAction(rows, "n:x", "Enter")).toEqual({ type: "select", nodeId: "x" });
    expect(outlineKeyAction(rows, "n:x", " ")).toEqual({ type: "select", nodeId: "x" });
    expect(outlineKeyAction(rows, UNREACHABLE_GROUP_KEY, "Enter")).toEqual({
      type: "toggle",
      key: UNREACHABLE_GROUP_KEY,
    });
  });

  it("starts at the first row when the active one is gone", () => {
    expect(outlineKeyAction(rows, "n:gone", "ArrowDown")).toEqual({ type: "move", key: "n:t" });
  });

  it("knows which rows to open to show a node", () => {
    expect(ancestorKeys(index, "x")).toEqual(["n:a", "n:t"]);
    expect(ancestorKeys(index, "loose")).toEqual([UNREACHABLE_GROUP_KEY]);
  });

  it("opens a small outline fully, a large one two levels deep", () => {
    expect([...defaultExpanded(outline, index)].sort()).toEqual(["g:unreachable", "n:a", "n:t"].sort());
    expect([...defaultExpanded(outline, index, 2)].sort()).toEqual(["n:a", "n:t"]);
  });
});
