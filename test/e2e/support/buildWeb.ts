import webpack from "webpack";

type ConfigFactory = (env: unknown, argv: { mode: string }) => webpack.Configuration;

/**
 * Builds the web page (webpack.web.js, development mode for speed) into `outputPath`; with `entry`,
 * that script instead of the page's own, in the same index.html and with the same configuration.
 */
export async function buildWeb(outputPath: string, entry?: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const projectConfig = require("../../../webpack.web.js") as ConfigFactory;
  const base = projectConfig({}, { mode: "development" });
  const config: webpack.Configuration = {
    ...base,
    ...(entry === undefined ? {} : { entry: { web: entry } }),
    output: { ...base.output, path: outputPath },
  };
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(config, (err, result) => (err || !result ? reject(err ?? new Error("webpack gave no result")) : resolve(result)));
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}
