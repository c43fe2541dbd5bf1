/** A valid map whose point, relation and source ids are names of Object.prototype members. */
import type { ArgumentMap } from "../../src/model/schema";

export function prototypeNamedMap(): ArgumentMap {
  return {
    format: "argument-map",
    version: 3,
    map: { id: "toString", title: "Prototype names" },
    nodes: [
      { id: "constructor", kind: "thesis", text: "Homework should be optional.", sourceIds: ["valueOf"] },
      {
        id: "toString",
        kind: "claim",
        text: "Rest helps pupils learn.",
        tags: ["rest"],
        base: 0.8,
        position: { x: -600, y: 0 },
      },
      { id: "valueOf", kind: "critique", text: "Practice needs homework.", attribution: "Teachers" },
      { id: "__proto__", kind: "rebuttal", text: "Practice can happen in class." },
      { id: "hasOwnProperty", kind: "evidence", text: "A study of 400 pupils.", sourceIds: ["valueOf"] },
    ],
    edges: [
      { id: "__defineGetter__", from: "toString", to: "constructor", relation: "support" },
      { id: "isPrototypeOf", from: "valueOf", to: "constructor", relation: "attack" },
      { id: "propertyIsEnumerable", from: "__proto__", to: "valueOf", relation: "attack" },
      { id: "prototype", from: "hasOwnProperty", to: "toString", relation: "support" },
    ],
    sources: [{ id: "valueOf", citation: "A survey of schools, 2024" }],
    view: { collapsed: ["toString"] },
  };
}
