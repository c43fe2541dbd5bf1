/** What a command may do to the outside world; tests pass an in-memory version. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Reads a file, or standard input for "-", as bytes (decoded by `decodeText`) or as text already decoded.
   * Throws an Error whose message says why it could not.
   */
  readInput(source: string): Promise<string | Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
}

export const EXIT = {
  ok: 0,
  invalidMap: 1,
  cannotStart: 2,
  refused: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure that ends the command with a message and an exit code, without a stack trace. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly code: ExitCode,
  ) {
    super(message);
  }
}

export function writeLines(write: (text: string) => void, lines: readonly string[]): void {
  if (lines.length > 0) write(`${lines.join("\n")}\n`);
}
