/** Writes a command's result to `-o` or, without it (or with `-o -`), to standard output. */
import { CliFailure, type CliIo, EXIT } from "./cli-io";

export async function writeOutput(io: CliIo, output: string | undefined, text: string): Promise<void> {
  if (output === undefined || output === "-") {
    io.stdout(text);
    return;
  }
  try {
    await io.writeFile(output, text);
  } catch (error) {
    throw new CliFailure(
      `cannot write ${JSON.stringify(output)}: ${(error as Error).message}`,
      EXIT.cannotStart,
    );
  }
}
