/**
 * Preferred and stable extensions (Dung 1995) on request: the sets of points that can stand together
 * and answer every attack on them. The search can grow exponentially, so it runs only when asked and
 * reports the analysis core's polite refusal on a map too tangled to search.
 */
import { useState } from "react";
import { type ExtensionSemantics, type ExtensionsResult, extensions } from "../../analysis";
import type { ArgumentMap } from "../../model/schema";
import { NodeLink } from "../inspector/NodeLink";

const NAMES: Record<ExtensionSemantics, string> = { preferred: "Preferred", stable: "Stable" };

export function ExtensionsSection({ doc }: { doc: ArgumentMap }) {
  const [found, setFound] = useState<{ doc: ArgumentMap; results: ExtensionsResult[] } | null>(null);
  // Results are for the map as it was when asked; any change of the map asks again.
  const results = found?.doc === doc ? found.results : null;
  return (
    <section className="health-extensions" aria-label="Extensions">
      <h3>Which points can stand together</h3>
      {results === null ? (
        <button
          type="button"
          onClick={() =>
            setFound({ doc, results: [extensions(doc, "preferred"), extensions(doc, "stable")] })
          }
        >
          Find preferred and stable extensions
        </button>
      ) : (
        results.map((result) => <ExtensionList key={result.semantics} result={result} />)
      )}
    </section>
  );
}

function ExtensionList({ result }: { result: ExtensionsResult }) {
  const name = NAMES[result.semantics];
  if (!result.ok)
    return (
      <p className="health-refused" role="status">
        {result.message}
      </p>
    );
  if (result.extensions.length === 0)
    return (
      <p data-extensions={result.semantics}>
        {name}: none. No set of points both stands together and answers every other point.
      </p>
    );
  return (
    <details data-extensions={result.semantics}>
      <summary>
        {name}: {result.extensions.length} {result.extensions.length === 1 ? "extension" : "extensions"}
      </summary>
      {result.extensions.map((members, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: extensions are numbered as the search found them
        <section key={i} aria-label={`${name} extension ${i + 1}`}>
          <h4>
            Extension {i + 1} ({members.length} {members.length === 1 ? "point" : "points"})
          </h4>
          <ul>
            {members.map((id) => (
              <li key={id}>
                <NodeLink id={id} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
