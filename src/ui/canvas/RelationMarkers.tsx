/**
 * The line endings of the three relations, defined once for the canvas and the legend: an arrowhead for
 * a support, an arrowhead stopped by a bar for an attack, a diamond for an undercut. Sized in the
 * canvas's own units, so they zoom with the lines.
 */
import { MARKER_IDS } from "./node-appearance";

export function RelationMarkers() {
  return (
    <svg className="relation-markers" aria-hidden="true" width="0" height="0">
      <defs>
        <marker
          id={MARKER_IDS.support}
          className="marker-support"
          viewBox="0 0 12 12"
          refX="11"
          refY="6"
          markerWidth="14"
          markerHeight="14"
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L12,6 L0,12 z" />
        </marker>
        <marker
          id={MARKER_IDS.attack}
          className="marker-attack"
          viewBox="0 0 14 14"
          refX="13"
          refY="7"
          markerWidth="16"
          markerHeight="16"
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M0,1.5 L9,7 L0,12.5" fill="none" strokeWidth="2" />
          <path d="M12,0 L12,14" fill="none" strokeWidth="3" />
        </marker>
        <marker
          id={MARKER_IDS.undercut}
          className="marker-undercut"
          viewBox="0 0 12 12"
          refX="6"
          refY="6"
          markerWidth="14"
          markerHeight="14"
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M0,6 L6,0 L12,6 L6,12 z" />
        </marker>
      </defs>
    </svg>
  );
}
