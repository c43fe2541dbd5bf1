/**
 * The executable's edges with the file system: only regular files are read (a named pipe with no writer,
 * a device, a socket or a folder is refused at once), standard input still works, and `-o` replaces a
 * file whole or leaves it as it was.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { smallMap } from "../../helpers/small-map";

function warrant(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["bin/warrant.js", ...args], {
    input,
    encoding: "utf8",
    timeout: 20_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr, signal: result.signal };
}

describe("inputs that are not regular files", () => {
  const dir = mkdtempSync(join(tmpdir(), "warrant-files-"));

  it("refuses a named pipe with no writer at once, instead of waiting for one", () => {
    const fifo = join(dir, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const result = warrant(["validate", fifo]);
    expect(result.signal).toBeNull();
    expect(result).toMatchObject({
      code: 2,
      err: `warrant: cannot read ${JSON.stringify(fifo)}: it is not a regular file (a named pipe)\n`,
    });
  });

  it.each([
    ["/dev/urandom", "a device"],
    ["/dev/zero", "a device"],
  ])("refuses %s as %s", (device, what) => {
    const result = warrant(["convert", device]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `warrant: cannot read ${JSON.stringify(device)}: it is not a regular file (${what})\n`,
    );
  });

  it("refuses a socket", async () => {
    const socket = join(dir, "socket");
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const result = warrant(["score", socket]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^warrant: cannot read .*: it is not a regular file \(/);
    } finally {
      server.close();
    }
  });

  it("refuses a folder", () => {
    expect(warrant(["flow", dir]).err).toBe(
      `warrant: cannot read ${JSON.stringify(dir)}: it is a folder, not a file\n`,
    );
  });

  it("still reads standard input", () => {
    expect(warrant(["validate", "-"], JSON.stringify(smallMap()))).toMatchObject({ code: 0, err: "" });
  });
});

describe("writing -o", () => {
  const dir = mkdtempSync(join(tmpdir(), "warrant-out-"));
  const input = join(dir, "map.json");
  writeFileSync(input, JSON.stringify(smallMap()));

  it("replaces the old file whole, keeps its permissions and leaves no temporary file", () => {
    const output = join(dir, "out.argdown");
    writeFileSync(output, "old contents");
    chmodSync(output, 0o640);
    expect(warrant(["convert", input, "--to", "argdown", "-o", output]).code).toBe(0);
    expect(readFileSync(output, "utf8")).toBe(warrant(["convert", input, "--to", "argdown"]).out);
    expect(statSync(output).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((name) => name.endsWith(".partial"))).toEqual([]);
  });

  it("leaves the old file as it was when the command fails", () => {
    const output = join(dir, "kept.json");
    writeFileSync(output, "old contents");
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ not json");
    expect(warrant(["convert", broken, "-o", output]).code).toBe(2);
    expect(readFileSync(output, "utf8")).toBe("old contents");
  });

  it("says why it cannot write into a folder that does not exist, and writes nothing", () => {
    const result = warrant(["convert", input, "-o", join(dir, "missing", "out.json")]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/cannot write .*: no such file/);
  });

  it("never leaves a partial file when killed while writing", async () => {
    // A map of some megabytes, so that writing takes a moment; the kill may land before, during or after.
    const big = smallMap();
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      id: `n${i}`,
      kind: "claim",
      text: "x".repeat(200),
    }));
    writeFileSync(input.replace("map", "big"), JSON.stringify({ ...big, nodes: [...big.nodes, ...many] }));
    const output = join(dir, "killed.json");
    writeFileSync(output, "old contents");
    for (const delay of [150, 300, 450]) {
      const child = spawn(process.execPath, [
        "bin/warrant.js",
        "convert",
        input.replace("map", "big"),
        "-o",
        output,
      ]);
      setTimeout(() => child.kill("SIGKILL"), delay);
      await new Promise((resolve) => child.on("exit", resolve));
      const text = readFileSync(output, "utf8");
      if (text !== "old contents") expect(() => JSON.parse(text)).not.toThrow();
    }
  });
});
