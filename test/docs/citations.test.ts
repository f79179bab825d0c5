import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/**
 * Comments and docs cite the repository's own documents (docs/domain/, docs/seal.md …), never a
 * spec the next engineer does not have: every cited docs/ file and #anchor must exist.
 */
const ROOT = join(__dirname, "..", "..");
const SCANNED = ["src", "test", "bench", "scripts", "docs", "README.md"];
const TEXT = /\.(ts|tsx|js|md)$/;
const SKIPPED = new Set(["node_modules", "fixtures", "generated"]);

/** A spec outside the repository, cited by section. */
const OUTSIDE_SPEC = /\bSPEC\b/;
/** `docs/domain/form.md#the-form-by-year` in a comment, a string or a doc. */
const DOCS_PATH = /\bdocs\/[\w./-]*?\.md(?:#([\p{L}\p{N}_-]+))?/gu;
/** `[text](../seal.md#preconditions)` in Markdown. */
const MD_LINK = /\]\(([^)\s]+)\)/g;

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return TEXT.test(path) ? [path] : [];
  return readdirSync(path)
    .filter((name) => !SKIPPED.has(name))
    .flatMap((name) => filesUnder(join(path, name)));
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (heading?.[1] !== undefined) anchors.add(anchorOf(heading[1]));
  }
  return anchors;
}

/** What is wrong with one citation of `target` (a path from the repository root) and `anchor`. */
function citationProblem(target: string, anchor: string | undefined): string | undefined {
  const path = join(ROOT, target);
  if (!existsSync(path)) return `${target} does not exist`;
  if (anchor === undefined || anchor === "") return undefined;
  return anchorsOf(readFileSync(path, "utf8")).has(anchor) ? undefined : `${target} has no heading #${anchor}`;
}

/** Every broken citation in one file's text, as `file:line: problem`. */
export function citationProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  text.split("\n").forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    if (OUTSIDE_SPEC.test(line)) problems.push(`${at}: cites a spec outside the repository; cite docs/ instead`);
    for (const m of line.matchAll(DOCS_PATH)) {
      const problem = citationProblem(m[0].split("#")[0] ?? "", m[1]);
      if (problem !== undefined) problems.push(`${at}: ${problem}`);
    }
    if (!file.endsWith(".md")) return;
    for (const m of line.matchAll(MD_LINK)) {
      const link = m[1] ?? "";
      if (/^[a-z]+:/.test(link)) continue;
      const [path = "", anchor] = link.split("#");
      const target = path === "" ? file : relative(ROOT, join(ROOT, dirname(file), path));
      const problem = citationProblem(target, anchor);
      if (problem !== undefined) problems.push(`${at}: ${problem}`);
    }
  });
  return problems;
}

describe("citations of the domain documents", () => {
  const self = relative(ROOT, __filename);

  it("name only files and headings that exist, and no spec outside the repository", () => {
    const files = SCANNED.flatMap((p) => filesUnder(join(ROOT, p))).map((f) => relative(ROOT, f));
    expect(files.length).toBeGreaterThan(100);
    const problems = files.filter((f) => f !== self).flatMap((f) => citationProblems(f, readFileSync(join(ROOT, f), "utf8")));
    expect(problems).toEqual([]);
  });

  it("are caught when they point nowhere", () => {
    const spec = ["SP", "EC §6"].join("");
    expect(citationProblems("src/x.ts", `/** ${spec} preconditions. */`)).toEqual([
      "src/x.ts:1: cites a spec outside the repository; cite docs/ instead",
    ]);
    expect(citationProblems("src/x.ts", "// docs/domain/nowhere.md\n// docs/seal.md#no-such-heading")).toEqual([
      "src/x.ts:1: docs/domain/nowhere.md does not exist",
      "src/x.ts:2: docs/seal.md has no heading #no-such-heading",
    ]);
    expect(citationProblems("docs/domain/rules.md", "see [seal](../seal.md#preconditions) and [x](#nope)")).toEqual([
      "docs/domain/rules.md:1: docs/domain/rules.md has no heading #nope",
    ]);
  });

  it("use GitHub's anchors, Chinese headings included", () => {
    expect(anchorOf("The seal code (封存码)")).toBe("the-seal-code-封存码");
    expect(anchorOf("JSON report (`--json`)")).toBe("json-report---json");
    expect(anchorOf("A unit's quota")).toBe("a-units-quota");
  });
});
