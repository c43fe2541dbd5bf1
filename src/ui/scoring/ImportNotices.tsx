/**
 * At the top of the Health tab of a map just imported: what its file held that the map could not express,
 * what it carried in another form, and what is worth a look, one group per kind with its count and its
 * lines behind a disclosure (import-notices.ts groups them). Shown for the map the import opened only.
 */
import { useImportFlow } from "../app-context";

export function ImportNotices({ mapId }: { mapId: string }) {
  const last = useImportFlow((state) => (state.lastImport?.mapId === mapId ? state.lastImport : null));
  if (!last) return null;
  return (
    <section className="health-import" aria-label="From the import">
      <h3>From the import of {last.source}</h3>
      {last.groups.map((group) => (
        <section
          key={group.kind}
          className={`health-group health-import-${group.kind}`}
          aria-label={group.heading}
          data-import-count={group.count}
        >
          <h4>{capitalize(group.heading)}</h4>
          <details>
            <summary>{group.lines.length === 1 ? "Show it" : `Show all ${group.lines.length}`}</summary>
            <ul>
              {group.lines.map((line) => (
                <li key={line}>{capitalize(line)}.</li>
              ))}
            </ul>
          </details>
        </section>
      ))}
    </section>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
