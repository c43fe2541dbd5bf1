/**
 * Each point's share of a strength, largest first, as figures that add up to the change shown, and on
 * request what the strength would be without that point (its removal).
 */
import type { ShownContributions } from "../../analysis";
import { NodeLink } from "../inspector/NodeLink";
import { signedFigure } from "./contribution-words";
import { formatScore } from "./score-format";

export function ContributionList({
  shown,
  withRemoval,
}: {
  shown: ShownContributions;
  withRemoval: boolean;
}) {
  return (
    <ol className="why-contributions" aria-label="Each point's share of the change">
      {shown.figures.map((figure) => (
        <li
          key={figure.id ?? "others"}
          className={figure.value < 0 ? "why-loss" : "why-gain"}
          data-contribution={figure.id ?? "others"}
          data-shown={figure.shown}
        >
          <span className="why-share">{signedFigure(figure.shown)}</span>{" "}
          {figure.id === null ? (
            <span className="why-others">
              {figure.count} other points together (select one to see its own share)
            </span>
          ) : (
            <NodeLink id={figure.id} />
          )}
          {withRemoval && figure.without !== undefined ? (
            <span className="why-without">without it, {formatScore(figure.without)}</span>
          ) : null}
        </li>
      ))}
      {shown.itself ? (
        <li className="why-loss" data-contribution="itself" data-shown={shown.itself.shown}>
          <span className="why-share">{signedFigure(shown.itself.shown)}</span> its attack on itself, which
          stays when every other point is gone
        </li>
      ) : null}
    </ol>
  );
}
