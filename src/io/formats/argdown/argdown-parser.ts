/**
 * @argdown/core, loaded only when Argdown is read: it is large, and most people never import Argdown,
 * so the app's first screen must not carry it. Only the parser, data and model plugins are loaded (the
 * package's index would also pull in Graphviz for SVG export). The parse itself is the official one,
 * so Warrant reads a file exactly as the Argdown tools do.
 *
 * The application is run so that nothing reaches the console (a silent logger) and a failure inside it
 * comes out as an exception (`throwExceptions`) for the importer to turn into a located problem, instead
 * of being printed with its stack or swallowed halfway through the file.
 */
import type { IArgdownResponse } from "@argdown/core/dist/index";
import { InputRefused } from "../../input-limits";
import { guardYamlListeners } from "./yaml-guard";

export type ArgdownParse = (text: string) => IArgdownResponse;

let loading: Promise<ArgdownParse> | undefined;

const silent = { log: () => {}, setLevel: () => {} };

/** Syntax errors reported at most; the parse stops there. */
const MAX_SYNTAX_ERRORS = 20;

class EnoughErrors extends Error {}

interface RecoveringParser {
  errors: unknown[];
  SAVE_ERROR(error: unknown): unknown;
}

/**
 * After each syntax error the parser (chevrotain, with error recovery on) searches the rest of the text
 * for a place to go on from: a text of thousands of errors is quadratic to parse. The parse is stopped
 * once there are enough errors to report.
 */
function stopAfterErrors(parser: RecoveringParser): void {
  const save = parser.SAVE_ERROR;
  parser.SAVE_ERROR = function (this: RecoveringParser, error: unknown) {
    const saved = save.call(this, error);
    if (this.errors.length >= MAX_SYNTAX_ERRORS) throw new EnoughErrors();
    return saved;
  };
}

function unlexable(): InputRefused {
  return new InputRefused({
    path: "$",
    message:
      "the Argdown reader cannot split this text into its pieces (a character out of place, such as a lone backslash at the end)",
  });
}

export function loadArgdownParser(): Promise<ArgdownParse> {
  loading ??= (async () => {
    const [{ ArgdownApplication }, { ParserPlugin }, { DataPlugin }, { ModelPlugin }, yaml, { parser }] =
      await Promise.all([
        import("@argdown/core/dist/ArgdownApplication.js"),
        import("@argdown/core/dist/plugins/ParserPlugin.js"),
        import("@argdown/core/dist/plugins/DataPlugin.js"),
        import("@argdown/core/dist/plugins/ModelPlugin.js"),
        import("js-yaml"),
        import("@argdown/core/dist/parser.js"),
      ]);
    stopAfterErrors(parser as unknown as RecoveringParser);
    const app = new ArgdownApplication(silent as never);
    const refused: { error?: InputRefused } = {};
    const data = new DataPlugin();
    guardYamlListeners(data.tokenListeners as never, yaml, refused);
    app.addPlugin(new ParserPlugin(), "parse-input");
    app.addPlugin(data, "build-model");
    app.addPlugin(new ModelPlugin(), "build-model");
    return (input: string) => {
      refused.error = undefined;
      const response: IArgdownResponse = {};
      const request = {
        process: ["parse-input", "build-model"],
        input,
        logLevel: "none",
        throwExceptions: true,
        logExceptions: false,
      };
      try {
        app.run(request, response);
      } catch (error) {
        if (refused.error) throw refused.error;
        if (error instanceof EnoughErrors) {
          response.parserErrors = [...(parser as unknown as RecoveringParser).errors];
          return response;
        }
        // Syntax errors already in the response are what the importer reports; a text the parser makes
        // no tree of (only front matter or comments) fails a plugin's check for the tree: it is empty.
        const syntax = (response.lexerErrors?.length ?? 0) + (response.parserErrors?.length ?? 0) > 0;
        const noTree = (error as { plugin?: unknown }).plugin !== undefined && response.ast === undefined;
        if (syntax || noTree) return response;
        // The lexer refuses some texts outright (a lone backslash at the end) before any token is kept.
        if (response.tokens === undefined && !(error instanceof RangeError)) throw unlexable();
        throw error;
      }
      if (refused.error) throw refused.error;
      // The file's front matter can turn `throwExceptions` off; what was swallowed is still a failure.
      const swallowed = response.exceptions?.[0];
      if (swallowed && response.ast !== undefined) throw swallowed;
      return response;
    };
  })();
  return loading;
}
