/**
 * @argdown/core, loaded only when Argdown is read: it is large, and most people never import Argdown,
 * so the app's first screen must not carry it. Only the parser, data and model plugins are loaded (the
 * package's index would also pull in Graphviz for SVG export). The parse itself is the official one,
 * so Warrant reads a file exactly as the Argdown tools do.
 */
import type { IArgdownResponse } from "@argdown/core/dist/index";

export type ArgdownParse = (text: string) => IArgdownResponse;

let loading: Promise<ArgdownParse> | undefined;

export function loadArgdownParser(): Promise<ArgdownParse> {
  loading ??= (async () => {
    const [{ ArgdownApplication }, { ParserPlugin }, { DataPlugin }, { ModelPlugin }] = await Promise.all([
      import("@argdown/core/dist/ArgdownApplication.js"),
      import("@argdown/core/dist/plugins/ParserPlugin.js"),
      import("@argdown/core/dist/plugins/DataPlugin.js"),
      import("@argdown/core/dist/plugins/ModelPlugin.js"),
    ]);
    const app = new ArgdownApplication();
    app.addPlugin(new ParserPlugin(), "parse-input");
    app.addPlugin(new DataPlugin(), "build-model");
    app.addPlugin(new ModelPlugin(), "build-model");
    return (input: string) => app.run({ process: ["parse-input", "build-model"], input, logLevel: "error" });
  })();
  return loading;
}
