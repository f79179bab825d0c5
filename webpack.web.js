// The static web page (src/web) for everyone without the add-in: dist/web/index.html with its
// scripts beside it, relative paths only, so that it runs from file:// or any intranet server.
// The engine (exceljs, readers, checks) is a chunk loaded on first use.
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { version } = require("./package.json");
const { officeCryptoRules } = require("./webpack.officecrypto.js");

module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    context: __dirname,
    devtool: false,
    entry: { web: "./src/web/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      publicPath: "",
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    target: ["web", "es2020"],
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
        ...officeCryptoRules,
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ __QBENCH_VERSION__: JSON.stringify(version) }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/web/index.html", scriptLoading: "defer" }),
    ],
    optimization: { minimize: !dev },
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
