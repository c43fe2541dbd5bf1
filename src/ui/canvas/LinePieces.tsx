/**
 * A line on the canvas as one or more paths (a long line is drawn as straight pieces, long-lines.ts), the
 * line's ending on the last (unless the line's end lies outside what is drawn of it: `endShown`), and
 * under each a wide invisible stroke that makes it easy to click and to drop a new undercut on.
 */
export function LinePieces(props: {
  pieces: readonly string[];
  className: string;
  marker: string;
  endShown?: boolean;
}) {
  const { pieces, className, marker, endShown = true } = props;
  return (
    <>
      {pieces.map((piece, i) => (
        <path
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of a line never reorder
          key={i}
          className={className}
          d={piece}
          markerEnd={endShown && i === pieces.length - 1 ? `url(#${marker})` : undefined}
        />
      ))}
      {pieces.map((piece, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces never reorder
        <path key={`hit-${i}`} className="relation-hit-area" d={piece} />
      ))}
    </>
  );
}
