// The add-in's build: the task pane (and the browser preview beside it), with Office.js always
// taken from Microsoft's CDN by a script tag in the page, never bundled.
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { previewEntry, previewHtmlPlugin } = require("./webpack.preview.js");

const DEV_URL = "https://localhost:3000/";
/** Where the production add-in is hosted; manifest.xml's dev URLs are rewritten to it. */
const ADDIN_URL = withSlash(process.env.ADDIN_URL || "https://qbench.example.org/");
const PORT = Number(process.env.PORT || 3000);

/** The manifest with every dev URL (and the dev origin in AppDomains) pointing at ADDIN_URL. */
function hostedManifest(xml) {
  return xml.split(DEV_URL).join(ADDIN_URL).split(DEV_URL.slice(0, -1)).join(new URL(ADDIN_URL).origin);
}

function withSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

/** One page per entry: add a page by adding an entry here and its HtmlWebpackPlugin below. */
const entries = {
  taskpane: "./src/taskpane/index.tsx",
  ...previewEntry,
};

/**
 * Where the task pane loads Office.js from (`OFFICE_JS`): Microsoft's global CDN, or the CDN of
 * Office 365 operated by 21Vianet, which tenants in China must use.
 */
const OFFICE_JS_SOURCES = {
  global: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  "21vianet": "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
};

function officeJsUrl() {
  const source = process.env.OFFICE_JS || "global";
  const url = OFFICE_JS_SOURCES[source];
  if (url === undefined) throw new Error(`OFFICE_JS must be one of ${Object.keys(OFFICE_JS_SOURCES).join(", ")}, not "${source}"`);
  return url;
}

function taskpaneHtmlPlugin() {
  return new HtmlWebpackPlugin({
    filename: "taskpane.html",
    template: "./src/taskpane/taskpane.html",
    chunks: ["taskpane"],
    templateParameters: { officeJsUrl: officeJsUrl() },
  });
}

/**
 * The dev server speaks https with the Office dev certificates when they are installed
 * (`npx office-addin-dev-certs install`), else plain http — it never fetches anything, so it
 * also starts offline.
 */
function devServerProtocol() {
  let defaults;
  try {
    defaults = require("office-addin-dev-certs/lib/defaults");
  } catch {
    return "http";
  }
  const files = [defaults.localhostCertificatePath, defaults.localhostKeyPath, defaults.caCertificatePath];
  if (!files.every((f) => fs.existsSync(f))) return "http";
  return {
    type: "https",
    options: {
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
      ca: fs.readFileSync(defaults.caCertificatePath),
    },
  };
}

module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    context: __dirname,
    devtool: dev ? "source-map" : false,
    entry: entries,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: { keep: /^cli[\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // Modern browsers only (Edge WebView2, Safari, Chrome): no IE11 polyfills or ES5 output.
    target: ["web", "es2020"],
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "node", noEmit: false, sourceMap: dev },
            },
          },
        },
        { test: /\.(png|svg|ico)$/, type: "asset/resource" },
      ],
    },
    plugins: [
      taskpaneHtmlPlugin(),
      previewHtmlPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : hostedManifest(content.toString())),
          },
        ],
      }),
    ],
    optimization: { minimize: !dev },
    performance: { hints: dev ? false : "warning", maxEntrypointSize: 1_200_000, maxAssetSize: 1_200_000 },
    devServer: {
      port: PORT,
      server: devServerProtocol(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "assets"), publicPath: "/assets" },
      client: { overlay: { errors: true, warnings: false } },
      hot: false,
      liveReload: true,
    },
    stats: "errors-warnings",
  };
};
