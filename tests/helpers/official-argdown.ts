/** What @argdown/core itself makes of a file, through its own full application: the judge of Argdown tests. */
import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin } from "@argdown/core";

export function officialArgdown(text: string) {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), "parse-input");
  app.addPlugin(new DataPlugin(), "build-model");
  app.addPlugin(new ModelPlugin(), "build-model");
  return app.run({ process: ["parse-input", "build-model"], input: text, logLevel: "error" });
}
