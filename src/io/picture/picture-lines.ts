/**
 * Where each relation of a picture runs. A support or attack leaves the side of its card that faces the
 * point it argues about and enters that point's facing side; lines meeting one side are spread along it
 * in the order of where they come from, so they neither bunch nor cross at the card. An undercut runs to
 * the middle of the line it questions. Lines go round the cards in their way (route-lines.ts). Between the
 * compact cards of a map in columns, lines run as on the canvas (column-cards.ts).
 */
import type { ArgumentMap, Relation } from "../../model/schema";
import { columnLines } from "./column-cards";
import type { Card } from "./picture-cards";
import { type Point, pointHalfway, type Rect, Router } from "./route-lines";

export interface PictureLine {
  id: string;
  relation: Relation;
  /** Corners from the arguing card to the end with the arrowhead. */
  points: Point[];
}

/** A line leaves a card straight for this long before it may turn. */
const STUB = 12;
/** Lines meeting one side of a card spread over this share of it. */
const SPREAD = 0.7;

type Side = "top" | "bottom" | "left" | "right";

const OUTWARD: Record<Side, Point> = {
  top: { x: 0, y: -1 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

interface End {
  card: Card;
  side: Side;
  /** Where the other end is, to order the ends meeting one side. */
  toward: Point;
  at?: Point;
}

export function pictureLines(doc: Pick<ArgumentMap, "edges">, cards: readonly Card[]): PictureLine[] {
  if (cards[0]?.compact) return columnLines(doc, cards);
  const byId = new Map(cards.map((card) => [card.id, card]));
  const edgesById = new Map(doc.edges.map((edge) => [edge.id, edge]));
  const ends: End[] = [];
  const plans: Array<{ id: string; relation: Relation; from: End; to: End | string }> = [];
  for (const edge of doc.edges) {
    const from = byId.get(edge.from);
    if (!from) continue;
    if (edge.relation === "undercut") {
      const questioned = edgesById.get(edge.to);
      const tail = questioned && byId.get(questioned.from);
      const head = questioned && byId.get(questioned.to);
      if (!tail || !head || questioned.relation === "undercut" || tail === head) continue;
      // Until the questioned line is routed, its middle is taken to be halfway between its cards.
      const middle = midpoint(centre(tail), centre(head));
      const start: End = {
        card: from,
        side: sideFacing(from, { x: middle.x, y: middle.y, width: 0, height: 0 }),
        toward: middle,
      };
      ends.push(start);
      plans.push({ id: edge.id, relation: "undercut", from: start, to: edge.to });
      continue;
    }
    const to = byId.get(edge.to);
    if (!to || to === from) continue;
    const start: End = { card: from, side: sideFacing(from, to), toward: centre(to) };
    const finish: End = { card: to, side: sideFacing(to, from), toward: centre(from) };
    ends.push(start, finish);
    plans.push({ id: edge.id, relation: edge.relation, from: start, to: finish });
  }
  spreadEnds(ends);

  const router = new Router(cards);
  const routed = new Map<string, Point[]>();
  const lines: PictureLine[] = [];
  for (const plan of plans) {
    if (typeof plan.to === "string") continue;
    const points = withStubs(plan.from, plan.to, router);
    routed.set(plan.id, points);
    lines.push({ id: plan.id, relation: plan.relation, points });
  }
  for (const plan of plans) {
    if (typeof plan.to !== "string") continue;
    const questioned = routed.get(plan.to);
    if (!questioned) continue;
    const at = plan.from.at as Point;
    const stub = step(at, OUTWARD[plan.from.side], STUB);
    const middle = pointHalfway(questioned);
    lines.push({ id: plan.id, relation: "undercut", points: [at, ...router.route(stub, middle)] });
  }
  return lines;
}

function withStubs(from: End, to: End, router: Router): Point[] {
  const start = from.at as Point;
  const finish = to.at as Point;
  const a = step(start, OUTWARD[from.side], STUB);
  const b = step(finish, OUTWARD[to.side], STUB);
  return [start, ...router.route(a, b), finish];
}

/** The side of `card` that faces `other`: top or bottom when one is wholly above the other. */
function sideFacing(card: Rect, other: Rect): Side {
  if (other.y + other.height <= card.y) return "top";
  if (other.y >= card.y + card.height) return "bottom";
  return other.x + other.width / 2 < card.x + card.width / 2 ? "left" : "right";
}

/** Gives each end its point: the ends on one side of a card spread along it, ordered by where they go. */
function spreadEnds(ends: End[]): void {
  const groups = new Map<string, End[]>();
  for (const end of ends) {
    const key = `${end.card.id}\u0000${end.side}`;
    const group = groups.get(key);
    if (group) group.push(end);
    else groups.set(key, [end]);
  }
  for (const group of groups.values()) {
    const across = group[0]?.side === "top" || group[0]?.side === "bottom";
    group.sort((p, q) => (across ? p.toward.x - q.toward.x : p.toward.y - q.toward.y));
    group.forEach((end, k) => {
      const { card, side } = end;
      const share = (k + 1) / (group.length + 1);
      const offset = (1 - SPREAD) / 2 + SPREAD * share;
      if (across) {
        end.at = { x: card.x + card.width * offset, y: side === "top" ? card.y : card.y + card.height };
      } else {
        end.at = { x: side === "left" ? card.x : card.x + card.width, y: card.y + card.height * offset };
      }
    });
  }
}

function centre(card: Rect): Point {
  return { x: card.x + card.width / 2, y: card.y + card.height / 2 };
}

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

function step(from: Point, direction: Point, length: number): Point {
  return { x: from.x + direction.x * length, y: from.y + direction.y * length };
}
