import webpack from "webpack";

interface PreviewWebpack {
  previewConfig(outputPath: string): webpack.Configuration;
}

/** Builds the preview page (development mode, the pane included) into `outputPath`. */
export async function buildPreview(outputPath: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { previewConfig } = require("../../../webpack.preview.js") as PreviewWebpack;
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(previewConfig(outputPath), (err, result) => (err || !result ? reject(err ?? new Error("webpack gave no result")) : resolve(result)));
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}
