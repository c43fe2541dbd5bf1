/**
 * The sources a node cites. A link is rendered only for an http(s) address, opened in a new tab without
 * giving that page a handle on this one (noopener) or telling it where the reader came from (noreferrer).
 */
import { isHttpUrl, type Source } from "../../model/schema";

export function SourceCitations({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <section className="inspector-section" aria-labelledby="inspector-sources">
      <h3 id="inspector-sources">Sources</h3>
      <ol className="citation-list">
        {sources.map((source) => (
          <li key={source.id} className="citation">
            <cite>{source.citation}</cite>
            {source.page ? <span className="citation-page">, p. {source.page}</span> : null}
            {source.url && isHttpUrl(source.url) ? (
              <>
                {" "}
                <a href={source.url} target="_blank" rel="noopener noreferrer" className="citation-link">
                  Open source<span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
