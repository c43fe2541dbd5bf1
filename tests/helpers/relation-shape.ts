/**
 * A map's relations by what they connect, not by edge ids (which a round trip through another format
 * renames): supports and attacks as "from → to", undercuts by the relation they aim at, and linked
 * groups as sets of premises. Groups of one premise are no group at all.
 */
import type { ArgumentMap } from "../../src/model/schema";

export interface RelationShape {
  supports: string[];
  attacks: string[];
  undercuts: string[];
  groups: string[];
}

export function relationShape(doc: ArgumentMap): RelationShape {
  const edge = new Map(doc.edges.map((e) => [e.id, e]));
  const groups = new Map<string, string[]>();
  for (const e of doc.edges) {
    if (e.relation === "support" && e.group !== undefined) {
      const key = `${e.to}\u0000${e.group}`;
      groups.set(key, [...(groups.get(key) ?? []), e.from]);
    }
  }
  const name = (id: string) => {
    const target = edge.get(id);
    return target ? `${target.from} ${target.relation} ${target.to}` : id;
  };
  return {
    supports: doc.edges
      .filter((e) => e.relation === "support")
      .map((e) => `${e.from} → ${e.to}`)
      .sort(),
    attacks: doc.edges
      .filter((e) => e.relation === "attack")
      .map((e) => `${e.from} → ${e.to}`)
      .sort(),
    undercuts: doc.edges
      .filter((e) => e.relation === "undercut")
      .map((e) => `${e.from} ⊣ ${name(e.to)}`)
      .sort(),
    groups: [...groups]
      .filter(([, members]) => members.length > 1)
      .map(([key, members]) => `${key.split("\u0000")[0]} ← ${[...members].sort().join(" + ")}`)
      .sort(),
  };
}

/** The undercuts a format that undercuts whole inferences can keep: one on a linked premise hits them all. */
export function undercutsOfWholeGroups(doc: ArgumentMap): ArgumentMap {
  const byId = new Map(doc.edges.map((e) => [e.id, e]));
  const edges = doc.edges.filter((e) => e.relation !== "undercut");
  const seen = new Set<string>();
  for (const undercut of doc.edges) {
    if (undercut.relation !== "undercut") continue;
    const target = byId.get(undercut.to);
    const members =
      target?.relation === "support" && target.group !== undefined
        ? doc.edges.filter((e) => e.relation === "support" && e.to === target.to && e.group === target.group)
        : target
          ? [target]
          : [];
    for (const member of members) {
      const key = `${undercut.from}\u0000${member.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({
        id: `${undercut.id}-${member.id}`,
        from: undercut.from,
        to: member.id,
        relation: "undercut",
      });
    }
  }
  return { ...doc, edges };
}
