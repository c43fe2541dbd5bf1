/**
 * The citations of the selected node, editable: attach one of the map's sources, add a new one (added to
 * the map and attached in one step), change a citation, detach it from this node, or remove it from the
 * map (which detaches it everywhere). Links open as SourceCitations explains.
 *
 * The editor stays in the page from one selected node to the next, and only what belongs to a node (its
 * citations' open fields, the new source's drafts, the source chosen to attach) starts afresh: a big map
 * has thousands of sources, and making the list to attach from anew on every selection (adding a point
 * selects it) made the browser style thousands of options in the key press.
 */
import { memo, useMemo, useState } from "react";
import { citeNewSource, refusalOf, removeSource, updateNode, updateSource } from "../../model/operations";
import type { ArgNode, Source } from "../../model/schema";
import { shortenText } from "../../model/text";
import { sourceRecord } from "../../store/records";
import { useApp, useDocumentStore } from "../app-context";
import { TextField } from "./fields";
import { SourceCitations } from "./SourceCitations";

const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());
/** The source fields show a refusal beside themselves; the buttons leave it to the notice. */
const QUIET = { quiet: true };

export function SourcesEditor({ node }: { node: ArgNode }) {
  const sources = useDocumentStore((state) => state.doc.sources);
  const doc = useDocumentStore((state) => state.doc);
  const cited = (node.sourceIds ?? []).flatMap((id) => {
    const source = sourceRecord(doc, id);
    return source ? [source] : [];
  });
  const others = useMemo(
    () => (sources ?? []).filter((source) => !node.sourceIds?.includes(source.id)),
    [sources, node.sourceIds],
  );
  return (
    <section className="inspector-section inspector-sources-editor" aria-label="Sources of this point">
      <SourceCitations sources={cited} />
      {cited.length === 0 ? <p className="inspector-empty">No sources cited.</p> : null}
      <ul className="inspector-source-edits" key={`cited-${node.id}`}>
        {cited.map((source) => (
          <CitedSource key={source.id} node={node} source={source} />
        ))}
      </ul>
      {others.length > 0 ? <AttachSource node={node} sources={others} /> : null}
      <NewSource key={`new-${node.id}`} node={node} />
    </section>
  );
}

function CitedSource({ node, source }: { node: ArgNode; source: Source }) {
  const app = useApp();
  const { edit } = app.commands.edit;
  const [open, setOpen] = useState(false);
  const label = shortenText(source.citation, 40);
  return (
    <li className="inspector-source-edit">
      <div className="inspector-source-actions">
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          aria-label={`Edit source “${label}”`}
        >
          Edit
        </button>
        <button
          type="button"
          aria-label={`Detach source “${label}” from this point`}
          onClick={() => edit((doc) => updateNode(doc, node.id, { sourceIds: without(node, source.id) }))}
        >
          Detach
        </button>
        <button
          type="button"
          aria-label={`Remove from map: source “${label}”`}
          onClick={() => app.stores.document.getState().applyEdit((doc) => removeSource(doc, source.id))}
        >
          Remove from map
        </button>
      </div>
      {open ? (
        <div className="inspector-source-fields">
          <TextField
            label="Citation"
            value={source.citation}
            multiline
            rows={2}
            onCommit={(value) =>
              refusalOf(edit((doc) => updateSource(doc, source.id, { citation: value }), QUIET))
            }
          />
          <TextField
            label="Link"
            value={source.url ?? ""}
            placeholder="https://…"
            onCommit={(value) =>
              refusalOf(edit((doc) => updateSource(doc, source.id, { url: optional(value) }), QUIET))
            }
          />
          <TextField
            label="Page"
            value={source.page ?? ""}
            onCommit={(value) =>
              refusalOf(edit((doc) => updateSource(doc, source.id, { page: optional(value) }), QUIET))
            }
          />
        </div>
      ) : null}
    </li>
  );
}

function without(node: ArgNode, sourceId: string): string[] | undefined {
  const rest = (node.sourceIds ?? []).filter((id) => id !== sourceId);
  return rest.length > 0 ? rest : undefined;
}

function AttachSource({ node, sources }: { node: ArgNode; sources: readonly Source[] }) {
  const app = useApp();
  const { edit } = app.commands.edit;
  // The choice belongs to the node it was made for: another node starts with none.
  const [choice, setChoice] = useState({ nodeId: node.id, sourceId: "" });
  const chosen = choice.nodeId === node.id ? choice.sourceId : "";
  const setChosen = (sourceId: string) => setChoice({ nodeId: node.id, sourceId });
  const pick = chosen !== "" && sources.some((source) => source.id === chosen) ? chosen : "";
  return (
    <div className="inspector-edit-field inspector-attach-source">
      <label htmlFor="inspector-attach-source">Cite a source of the map</label>
      <div className="inspector-number-row">
        <select id="inspector-attach-source" value={pick} onChange={(event) => setChosen(event.target.value)}>
          <option value="">Choose…</option>
          <SourceOptions sources={sources} />
        </select>
        <button
          type="button"
          disabled={pick === ""}
          onClick={() => {
            edit((doc) => updateNode(doc, node.id, { sourceIds: [...(node.sourceIds ?? []), pick] }));
            setChosen("");
          }}
        >
          Attach
        </button>
      </div>
    </div>
  );
}

/** Drawn again only when the list of sources changes, not when another node with the same list is selected. */
const SourceOptions = memo(function SourceOptions({ sources }: { sources: readonly Source[] }) {
  return sources.map((source) => (
    <option key={source.id} value={source.id}>
      {source.citation.slice(0, 70)}
    </option>
  ));
});

function NewSource({ node }: { node: ArgNode }) {
  const app = useApp();
  const { edit } = app.commands.edit;
  const [citation, setCitation] = useState("");
  const [url, setUrl] = useState("");
  const [page, setPage] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    const reason = refusalOf(
      edit(
        (doc) =>
          citeNewSource(doc, node.id, {
            citation: citation.trim(),
            url: optional(url),
            page: optional(page),
          }),
        QUIET,
      ),
    );
    setProblem(reason);
    if (reason === null) {
      setCitation("");
      setUrl("");
      setPage("");
    }
  };
  return (
    <form
      className="inspector-new-source"
      aria-label="New source"
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <h4>New source</h4>
      <label>
        Citation
        <input value={citation} onChange={(event) => setCitation(event.target.value)} />
      </label>
      <label>
        Link
        <input value={url} placeholder="https://…" onChange={(event) => setUrl(event.target.value)} />
      </label>
      <label>
        Page
        <input value={page} onChange={(event) => setPage(event.target.value)} />
      </label>
      <button type="submit" disabled={citation.trim() === ""}>
        Add and cite
      </button>
      {problem !== null ? (
        <p className="inspector-edit-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
