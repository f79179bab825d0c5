import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

const CORE = join(__dirname, "..", "..", "src", "core");

/** The core compiled as shipped, loaded from a temporary folder. */
export interface ShippedCore {
  /** `load("checks/validate")`: the compiled module at that path of src/core. */
  load<T>(modulePath: string): T;
  dispose(): void;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/**
 * Compiles src/core the way it ships — TypeScript to CommonJS, module by module, as
 * `npm run build:cli` (tsc) and the add-in's ts-loader do — so that the bench times that code
 * rather than tsx's. tsx runs the bench through esbuild, whose CommonJS output reads every
 * imported name through two getters, one shared by all exports of all modules; code made of
 * many small calls between modules, as the rules are, runs about 1.6× slower that way, and no
 * build of the product does it.
 */
export function compileShippedCore(): ShippedCore {
  const out = mkdtempSync(join(tmpdir(), "qbench-core-"));
  const compilerOptions: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
  };
  for (const file of sources(CORE)) {
    const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), { compilerOptions, fileName: file });
    const target = join(out, relative(CORE, file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  const requireCompiled = createRequire(join(out, "index.js"));
  return {
    load: <T>(modulePath: string) => requireCompiled(`./${modulePath}`) as T,
    dispose: () => rmSync(out, { recursive: true, force: true }),
  };
}
