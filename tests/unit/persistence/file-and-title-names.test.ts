/** Names the library makes: export file names, titles of copies, and what the list says about a map. */
import { describe, expect, it } from "vitest";
import { acceptableTitle, withTitleSuffix } from "../../../src/store/persistence/map-titles";
import { formatLastChange, formatStoredSize } from "../../../src/ui/library/entry-format";
import { mapFileName } from "../../../src/ui/storage/file-name";

describe("export file names", () => {
  it.each([
    ["School uniforms", "School uniforms.argmap.json"],
    ["A Fight Against Impunity: Cooperation", "A Fight Against Impunity Cooperation.argmap.json"],
    ["../../etc/passwd", "etc passwd.argmap.json"],
    ['a<b>c"d|e?f*g\\h', "a b c d e f g h.argmap.json"],
    ["line\nbreak\ttab", "line break tab.argmap.json"],
    ["...hidden. ", "hidden.argmap.json"],
    ["CON", "CON-map.argmap.json"],
    ["   ", "map.argmap.json"],
    ["Débat sur l’école 🎓", "Débat sur l’école 🎓.argmap.json"],
  ])("%j becomes %j", (title, name) => {
    expect(mapFileName(title)).toBe(name);
  });

  it("keeps names short, counting characters as people do", () => {
    const name = mapFileName("🎓".repeat(200));
    expect([...name.replace(".argmap.json", "")]).toHaveLength(80);
  });
});

describe("titles", () => {
  it("add a suffix within the format's 200-character limit", () => {
    expect(withTitleSuffix("Notes", " (copy)")).toBe("Notes (copy)");
    const long = withTitleSuffix("x".repeat(200), " (copy)");
    expect([...long]).toHaveLength(200);
    expect(long.endsWith(" (copy)")).toBe(true);
  });

  it("accept what the format accepts, trimmed", () => {
    expect(acceptableTitle("  Notes ")).toBe("Notes");
    expect(acceptableTitle("   ")).toBeNull();
    expect(acceptableTitle("x".repeat(201))).toBeNull();
    expect(acceptableTitle("🎓".repeat(200))).toBe("🎓".repeat(200));
  });
});

describe("the library list", () => {
  it("gives sizes in characters and kilobytes", () => {
    expect(formatStoredSize(0)).toBe("not stored yet");
    expect(formatStoredSize(340)).toBe("340 characters");
    expect(formatStoredSize(51_022)).toBe("50 KB");
    expect(formatStoredSize(3_000_000)).toBe("2.9 MB");
  });

  it("says how long ago a map changed", () => {
    const now = new Date("2026-11-28T12:00:00Z");
    expect(formatLastChange("2026-11-28T11:59:50Z", now)).toBe("just now");
    expect(formatLastChange("2026-11-28T11:40:00Z", now)).toBe("20 min ago");
    expect(formatLastChange("2026-11-28T07:00:00Z", now)).toBe("5 h ago");
    expect(formatLastChange("", now)).toBe("never saved");
  });
});
