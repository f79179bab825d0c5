import { writeFileSync } from "fs";
import webpack from "webpack";

type ConfigFactory = (env: unknown, argv: { mode: string }) => webpack.Configuration;

export interface ProductionBuild {
  /** The build's warnings, as webpack prints them. */
  readonly warnings: readonly string[];
}

/**
 * Runs `npm run build`'s task-pane build (webpack.config.js, production mode) into `outputPath`
 * with the given build settings (`ADDIN_URL`, `OFFICE_JS`; unset when undefined). With
 * `pagesOnly` every entry is replaced by an empty module: the pages and the manifest are built as
 * in production, in seconds instead of minutes, for tests of the settings rather than the bundle.
 */
export async function buildProduction(
  outputPath: string,
  settings: Readonly<Record<"ADDIN_URL" | "OFFICE_JS", string | undefined>>,
  pagesOnly = false,
): Promise<ProductionBuild> {
  const saved = { ADDIN_URL: process.env.ADDIN_URL, OFFICE_JS: process.env.OFFICE_JS };
  let config: webpack.Configuration;
  try {
    for (const [name, value] of Object.entries(settings)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const projectConfig = require("../../../webpack.config.js") as ConfigFactory;
    config = projectConfig({}, { mode: "production" });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  if (pagesOnly) {
    const empty = `${outputPath}-entry.js`;
    writeFileSync(empty, "");
    config.entry = Object.fromEntries(Object.keys(config.entry as webpack.EntryObject).map((name) => [name, empty]));
  }
  config.output = { ...config.output, path: outputPath, clean: true };
  delete (config as { devServer?: unknown }).devServer;
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(config, (err, result) => (err || !result ? reject(err ?? new Error("webpack gave no result")) : resolve(result)));
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return { warnings: stats.compilation.warnings.map((w) => w.message) };
}
