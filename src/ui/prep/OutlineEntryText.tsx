/** An outline entry's words, on screen and in print: an answer still owed names the point it must answer. */
import type { OutlineEntry } from "../../analysis";
import type { ArgNode } from "../../model/schema";

export function EntryText({ node, role }: { node: ArgNode; role: OutlineEntry["role"] }) {
  return (
    <>
      {role === "answer" && <em className="speech-outline-owed">Answer: </em>}
      {node.label && <strong>{node.label}: </strong>}
      {node.text}
    </>
  );
}
