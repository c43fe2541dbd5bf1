/**
 * The rule of evidence cards across a point's fields: a card belongs to an evidence point. A card on a
 * point of another kind (its kind changed after the card was cut, or a file written by hand) is kept, and
 * said, so changing the kind back loses nothing.
 */
import type { PathSegment } from "./problem";
import type { ArgumentMap } from "./schema";

type Report = (segments: PathSegment[], message: string) => void;

export function cardWarnings(doc: ArgumentMap, warn: Report): void {
  doc.nodes.forEach((node, i) => {
    if (node.card !== undefined && node.kind !== "evidence") {
      warn(
        ["nodes", i, "card"],
        `only evidence carries a card, and this point is a ${node.kind}; the card is kept, and shows when the point is evidence again`,
      );
    }
  });
}
