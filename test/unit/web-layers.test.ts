import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(__dirname, "../../web/src");

/**
 * The web as a stack: each folder of web/src in its tier, lowest first. A folder imports from its
 * own tier or below, never above; within a tier, no two folders import from each other, however
 * indirectly. A folder missing here fails the test, so a new one is placed on purpose.
 */
const TIERS: readonly (readonly string[])[] = [
  ["gql", "i18n"],
  ["ui"],
  ["auth", "activities", "filters"],
  ["pwa"],
  ["offline", "map", "editing", "table", "coverage", "planning"],
  ["field", "followup", "admin", "meeting", "public", "import"],
  ["app"],
  // The files at the top of web/src (main.tsx) stand on everything.
  ["."],
];

const tierOf = new Map(TIERS.flatMap((folders, tier) => folders.map((folder) => [folder, tier] as const)));

/** The folder of web/src a file or import target (`../gql` is the folder itself) lies in ("." for the files at the top). */
const folderOf = (file: string) => {
  const [first] = path.relative(SRC, file).split(path.sep);
  return fs.statSync(path.join(SRC, first), { throwIfNoEntry: false })?.isDirectory() ? first : ".";
};

/** Every relative import between the folders of web/src: [from folder, to folder, file, specifier]. */
function arrows(): Array<{ from: string; to: string; file: string; spec: string }> {
  const out: Array<{ from: string; to: string; file: string; spec: string }> = [];
  for (const entry of fs.readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (folderOf(file) === "gql") continue;
    for (const [, spec] of fs.readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(SRC + path.sep)) continue; // domain/ and the like: below every tier
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from !== to) out.push({ from, to, file: path.relative(SRC, file), spec });
    }
  }
  return out;
}

describe("the web as a stack", () => {
  const all = arrows();

  it("places every folder of web/src in a tier", () => {
    const folders = fs
      .readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !tierOf.has(f))).toEqual([]);
    // The test reads real imports: the shell stands on the screens.
    expect(all.some((a) => a.from === "app" && a.to === "map")).toBe(true);
  });

  it("imports nothing from a higher tier", () => {
    const upward = all.filter((a) => tierOf.get(a.to)! > tierOf.get(a.from)!).map((a) => `${a.file} → ${a.spec}`);
    expect(upward).toEqual([]);
  });

  it("has no cycle between folders", () => {
    const next = new Map<string, Set<string>>();
    for (const a of all) next.set(a.from, (next.get(a.from) ?? new Set()).add(a.to));
    const reaches = (start: string, goal: string) => {
      const seen = new Set<string>();
      const stack = [...(next.get(start) ?? [])];
      while (stack.length) {
        const at = stack.pop()!;
        if (at === goal) return true;
        if (seen.has(at)) continue;
        seen.add(at);
        stack.push(...(next.get(at) ?? []));
      }
      return false;
    };
    const cycles = [...next.keys()].filter((folder) => reaches(folder, folder));
    expect(cycles).toEqual([]);
  });
});
