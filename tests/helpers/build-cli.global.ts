/** Builds the `warrant` command once per test run, so the tests that spawn it run the current source. */
import { buildCli } from "../../scripts/build-cli.mjs";

export default async function setup(): Promise<void> {
  await buildCli();
}
