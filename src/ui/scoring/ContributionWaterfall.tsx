/**
 * A small waterfall chart of a strength: a bar for the base score, one floating bar per contribution
 * (down for a loss, up for a gain, from where the one before left off), and a bar for the strength.
 */
import type { ShownContributions, ShownFigure } from "../../analysis";
import { signedFigure } from "./contribution-words";
import { formatScore } from "./score-format";

const WIDTH = 300;
const LABEL = 118;
const ROW = 18;
const BAR = 12;

interface Row {
  key: string;
  name: string;
  from: number;
  to: number;
  text: string;
  kind: "total" | "gain" | "loss";
}

export function ContributionWaterfall({
  shown,
  nameOf,
}: {
  shown: ShownContributions;
  nameOf: (figure: ShownFigure) => string;
}) {
  const rows: Row[] = [
    {
      key: "base",
      name: "base score",
      from: 0,
      to: shown.base,
      text: formatScore(shown.base),
      kind: "total",
    },
  ];
  let level = shown.base;
  const steps = shown.itself ? [...shown.figures, shown.itself] : shown.figures;
  for (const figure of steps) {
    rows.push({
      key: figure.id ?? "others",
      name: nameOf(figure),
      from: level,
      to: level + figure.value,
      text: signedFigure(figure.shown),
      kind: figure.value < 0 ? "loss" : "gain",
    });
    level += figure.value;
  }
  rows.push({
    key: "strength",
    name: "strength",
    from: 0,
    to: shown.strength,
    text: formatScore(shown.strength),
    kind: "total",
  });
  const scale = WIDTH - LABEL - 40;
  const x = (value: number) => LABEL + Math.min(1, Math.max(0, value)) * scale;
  const height = rows.length * ROW + 4;
  return (
    <svg
      className="why-waterfall"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      role="img"
      aria-label={`From the base score ${formatScore(shown.base)} to the strength ${formatScore(shown.strength)}, one step per contribution`}
    >
      {rows.map((row, i) => {
        const y = i * ROW + 2;
        const left = x(Math.min(row.from, row.to));
        const right = x(Math.max(row.from, row.to));
        return (
          <g key={row.key} className={`waterfall-${row.kind}`} data-waterfall-step={row.key}>
            <text x={LABEL - 6} y={y + BAR - 2} textAnchor="end" className="waterfall-name">
              {shorten(row.name)}
            </text>
            <rect x={left} y={y} width={Math.max(1, right - left)} height={BAR} rx={2} />
            {i > 0 && i < rows.length - 1 ? (
              <line x1={x(row.from)} x2={x(row.from)} y1={y - ROW + BAR} y2={y} className="waterfall-link" />
            ) : null}
            <text x={right + 4} y={y + BAR - 2} className="waterfall-figure">
              {row.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function shorten(name: string): string {
  return name.length <= 19 ? name : `${name.slice(0, 18).trimEnd()}…`;
}
