/** What the page and the import-reading worker say to each other (see import-reading.ts). */
import type { InputFormat } from "../../io/formats/formats";
import type { ImportResult } from "../../io/formats/import-result";
import type { LoadResult } from "../../io/load";
import type { StoredDecode } from "../persistence/stored-map-decode";

export interface ReadingRequest {
  text: string;
  /** The file's name, when there is one: it settles a format the content leaves open. */
  name?: string;
  /** Read as this format (the person chose it); otherwise the format is recognised first. */
  format?: InputFormat;
  /** For a file in several languages: the one to read, when not the one read by default. */
  lang?: string;
  /** The text is a map as the library stores it (a big one, read off the page: stored-reading.ts). */
  stored?: boolean;
}

export type ReadingAnswer =
  /** The content fits several formats: the person chooses. */
  | { kind: "ambiguous"; candidates: InputFormat[] }
  /** Warrant's own JSON, or text no format recognises: read by the load pipeline, which reports JSON errors. */
  | { kind: "loaded"; result: LoadResult }
  /** Another format's reader read it. */
  | { kind: "read"; format: InputFormat; result: ImportResult }
  /** A stored map, decoded as the library decodes it. */
  | { kind: "stored"; decoded: StoredDecode }
  /** The reader itself threw: a bug, reported rather than lost. */
  | { kind: "failed"; message: string };
