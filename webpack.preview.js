// The browser preview (src/preview): the real task pane beside an in-page workbook, without
// Office.js. webpack.config.js adds `previewEntry` and `previewHtmlPlugin()` so that the dev
// server serves /preview.html; the e2e tests build the same two alone (test/e2e/support/buildPreview.ts).
const HtmlWebpackPlugin = require("html-webpack-plugin");

const previewEntry = { preview: "./src/preview/index.tsx" };

function previewHtmlPlugin() {
  return new HtmlWebpackPlugin({
    filename: "preview.html",
    template: "./src/preview/preview.html",
    chunks: ["preview"],
  });
}

module.exports = { previewEntry, previewHtmlPlugin };
