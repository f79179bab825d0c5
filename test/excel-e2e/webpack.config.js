// Serves the in-Excel test page on https://localhost:3000 for test-manifest.xml.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const devCerts = require("office-addin-dev-certs");

module.exports = async () => ({
  mode: "development",
  context: path.resolve(__dirname, "../.."),
  devtool: "source-map",
  entry: { "excel-test": "./test/excel-e2e/excelTestPage.ts" },
  output: { path: path.resolve(__dirname, "../../dist/excel-e2e"), clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } } },
      },
    ],
  },
  plugins: [new HtmlWebpackPlugin({ filename: "excel-test.html", template: "./test/excel-e2e/excel-test.html" })],
  devServer: { port: 3000, server: { type: "https", options: await devCerts.getHttpsServerOptions() } },
});
