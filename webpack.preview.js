// The browser preview (src/preview): the real task pane beside an in-page workbook, without
// Office.js. webpack.config.js adds `previewEntry` and `previewHtmlPlugin()` so that the dev
// server serves /preview.html; `previewConfig` builds the page alone (the e2e tests use it).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const previewEntry = { preview: "./src/preview/index.tsx" };

function previewHtmlPlugin() {
  return new HtmlWebpackPlugin({
    filename: "preview.html",
    template: "./src/preview/preview.html",
    chunks: ["preview"],
  });
}

/** A development build of the preview page only, into `outputPath`. */
function previewConfig(outputPath) {
  return {
    mode: "development",
    context: __dirname,
    devtool: false,
    entry: previewEntry,
    output: { path: outputPath, filename: "[name].js", chunkFilename: "[name].chunk.js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "node", noEmit: false } },
          },
        },
        { test: /\.(png|svg|ico)$/, type: "asset/resource" },
      ],
    },
    plugins: [previewHtmlPlugin()],
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

module.exports = { previewEntry, previewHtmlPlugin, previewConfig };
