import webpack from "webpack";

type ConfigFactory = (env: unknown, argv: { mode: string }) => webpack.Configuration;
interface PreviewParts {
  previewEntry: webpack.EntryObject;
  previewHtmlPlugin(): webpack.WebpackPluginInstance;
}

/**
 * Builds the preview page alone into `outputPath`, with the project's own webpack configuration
 * (development mode, so that it is quick), leaving dist/ to the other builds.
 */
export async function buildPreview(outputPath: string): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const projectConfig = require("../../../webpack.config.js") as ConfigFactory;
  const { previewEntry, previewHtmlPlugin } = require("../../../webpack.preview.js") as PreviewParts;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const base = projectConfig({}, { mode: "development" });
  const config: webpack.Configuration = {
    ...base,
    devtool: false,
    entry: previewEntry,
    output: { ...base.output, path: outputPath, clean: true },
    plugins: [previewHtmlPlugin()],
  };
  delete (config as { devServer?: unknown }).devServer;
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(config, (err, result) => (err || !result ? reject(err ?? new Error("webpack gave no result")) : resolve(result)));
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}
