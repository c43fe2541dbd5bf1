/**
 * Every format Warrant reads and writes, with how to recognise it. The app's Import dialog, its Export
 * menu and `warrant convert` all work from these two lists, so they offer the same formats.
 */
import type { ArgumentMap } from "../../model/schema";
import { serializeMap } from "../serialize";
import { exportAif } from "./aif/aif-export";
import { importAif } from "./aif/aif-import";
import { looksLikeAif } from "./aif/aif-read";
import { exportArgdown } from "./argdown/argdown-export";
import { looksLikeArgdown } from "./argdown/argdown-sniff";
import { boundedReaders } from "./bounded-read";
import { safeWriters } from "./bounded-write";
import { exportBrief } from "./brief/brief-markdown";
import { exportDot } from "./dot-export";
import type { ExportResult } from "./export-result";
import { exportFramework } from "./iccma/framework-export";
import { importIccma } from "./iccma/iccma-import";
import { looksLikeApx } from "./iccma/parse-apx";
import { looksLikeI23 } from "./iccma/parse-i23";
import { looksLikeTgf } from "./iccma/parse-tgf";
import type { ImportResult } from "./import-result";
import { importJson, looksLikeWarrantJson } from "./json-import";
import { importKialo } from "./kialo/kialo-import";
import { looksLikeKialo } from "./kialo/parse-kialo";
import { importMicrotext, looksLikeMicrotext } from "./microtext/microtext-import";

export const INPUT_FORMATS = ["json", "argdown", "aif", "apx", "tgf", "iccma", "kialo", "microtext"] as const;
export const OUTPUT_FORMATS = [
  "json",
  "argdown",
  "aif",
  "apx",
  "tgf",
  "iccma",
  "dot",
  "markdown",
  "svg",
] as const;

export type InputFormat = (typeof INPUT_FORMATS)[number];
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface ReadOptions {
  /** The file's name, when there is one: titles the map. */
  name?: string;
  /** For a file written in several languages (a microtext): the one to read, as a code such as `en`. */
  lang?: string;
}

export interface InputFormatInfo {
  format: InputFormat;
  label: string;
  /** File name endings, lower case, without the dot. */
  extensions: readonly string[];
  /** A cheap look at the text: could it be this format? */
  sniff: (text: string) => boolean;
  read: (text: string, options: ReadOptions) => Promise<ImportResult>;
}

export interface OutputFormatInfo {
  format: OutputFormat;
  label: string;
  extension: string;
  mimeType: string;
  write: (doc: ArgumentMap) => Promise<ExportResult>;
}

const READERS: ReadonlyMap<InputFormat, InputFormatInfo> = new Map<InputFormat, InputFormatInfo>([
  [
    "argdown",
    {
      format: "argdown",
      label: "Argdown",
      extensions: ["argdown", "ad"],
      sniff: looksLikeArgdown,
      // @argdown/core is large: it is loaded only when an Argdown file is read.
      read: async (text, o) => (await import("./argdown/argdown-import")).importArgdown(text, o),
    },
  ],
  [
    "kialo",
    {
      format: "kialo",
      label: "Kialo text export",
      extensions: ["txt"],
      sniff: looksLikeKialo,
      read: async (text, o) => importKialo(text, o),
    },
  ],
  [
    "microtext",
    {
      format: "microtext",
      label: "Argumentative microtext (arggraph XML)",
      extensions: ["xml"],
      sniff: looksLikeMicrotext,
      read: async (text, o) => importMicrotext(text, o),
    },
  ],
  [
    "json",
    {
      format: "json",
      label: "Warrant map (JSON)",
      extensions: ["argmap.json", "json"],
      sniff: looksLikeWarrantJson,
      read: async (text) => importJson(text),
    },
  ],
  [
    "aif",
    {
      format: "aif",
      label: "AIF JSON (AIFdb, OVA3, xAIF)",
      extensions: ["aif", "aif.json"],
      sniff: looksLikeAif,
      read: async (text, o) => importAif(text, o),
    },
  ],
  [
    "apx",
    {
      format: "apx",
      label: "ICCMA APX",
      extensions: ["apx", "dl"],
      sniff: looksLikeApx,
      read: async (text, o) => importIccma(text, "apx", o),
    },
  ],
  [
    "tgf",
    {
      format: "tgf",
      label: "Trivial Graph Format",
      extensions: ["tgf"],
      sniff: looksLikeTgf,
      read: async (text, o) => importIccma(text, "tgf", o),
    },
  ],
  [
    "iccma",
    {
      format: "iccma",
      label: "ICCMA 2023 (p af)",
      extensions: ["i23", "af"],
      sniff: looksLikeI23,
      read: async (text, o) => importIccma(text, "iccma", o),
    },
  ],
]);

/** Every reader, called through its bounds (size, emptiness, library errors): see bounded-read.ts. */
export const INPUT_FORMAT_INFO: ReadonlyMap<InputFormat, InputFormatInfo> = boundedReaders(READERS);

const WRITERS: ReadonlyMap<OutputFormat, OutputFormatInfo> = new Map<OutputFormat, OutputFormatInfo>([
  [
    "json",
    {
      format: "json",
      label: "Warrant map (JSON)",
      extension: "argmap.json",
      mimeType: "application/json",
      write: async (doc) => ({ text: serializeMap(doc), dropped: [] }),
    },
  ],
  [
    "argdown",
    {
      format: "argdown",
      label: "Argdown",
      extension: "argdown",
      mimeType: "text/plain",
      write: async (doc) => exportArgdown(doc),
    },
  ],
  [
    "aif",
    {
      format: "aif",
      label: "AIF JSON (opens in OVA3)",
      extension: "aif.json",
      mimeType: "application/json",
      write: async (doc) => exportAif(doc),
    },
  ],
  [
    "apx",
    {
      format: "apx",
      label: "ICCMA APX (attacks only)",
      extension: "apx",
      mimeType: "text/plain",
      write: async (doc) => exportFramework(doc, "apx"),
    },
  ],
  [
    "tgf",
    {
      format: "tgf",
      label: "ICCMA TGF (attacks only)",
      extension: "tgf",
      mimeType: "text/plain",
      write: async (doc) => exportFramework(doc, "tgf"),
    },
  ],
  [
    "iccma",
    {
      format: "iccma",
      label: "ICCMA 2023 (attacks only)",
      extension: "i23",
      mimeType: "text/plain",
      write: async (doc) => exportFramework(doc, "iccma"),
    },
  ],
  [
    "dot",
    {
      format: "dot",
      label: "Graphviz DOT",
      extension: "dot",
      mimeType: "text/vnd.graphviz",
      write: async (doc) => exportDot(doc),
    },
  ],
  [
    "markdown",
    {
      format: "markdown",
      label: "Debate brief (Markdown)",
      extension: "brief.md",
      mimeType: "text/markdown",
      write: async (doc) => exportBrief(doc),
    },
  ],
  [
    "svg",
    {
      format: "svg",
      label: "Picture of the map (SVG)",
      extension: "svg",
      mimeType: "image/svg+xml",
      write: async (doc) => (await import("../picture/svg-export")).exportSvg(doc),
    },
  ],
]);

/** Every writer, its output made writable in any encoding (see bounded-write.ts). */
export const OUTPUT_FORMAT_INFO: ReadonlyMap<OutputFormat, OutputFormatInfo> = safeWriters(WRITERS);

export function isInputFormat(value: string): value is InputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(value);
}

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}
