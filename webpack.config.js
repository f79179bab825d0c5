// The add-in's build: the task pane (and the browser preview beside it), with Office.js always
// taken from Microsoft's CDN by a script tag in the page, never bundled.
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin, WebpackError } = require("webpack");
const { version } = require("./package.json");
const { previewEntry, previewHtmlPlugin } = require("./webpack.preview.js");
const { officeCryptoRules } = require("./webpack.officecrypto.js");

const DEV_URL = "https://localhost:3000/";
const PORT = Number(process.env.PORT || 3000);

/**
 * Where the production add-in is hosted (`ADDIN_URL`), or undefined when it is not set: then a
 * production build writes no manifest.xml at all rather than one pointing at a placeholder host,
 * which Excel would load as a blank pane.
 */
function addinUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return undefined;
  if (!url.startsWith("https://"))
    throw new Error(`ADDIN_URL must be an https:// address (Office loads add-ins over https only), not "${url}"`);
  return withSlash(url);
}

const NO_MANIFEST_WARNING =
  "dist/manifest.xml was not written: set ADDIN_URL to the https:// address dist/ is hosted at, e.g. ADDIN_URL=https://addins.example.gov.cn/qbench/ npm run build";

/** The manifest with every dev URL (and the dev origin in AppDomains) pointing at `hostUrl`. */
function hostedManifest(xml, hostUrl) {
  return xml.split(DEV_URL).join(hostUrl).split(DEV_URL.slice(0, -1)).join(new URL(hostUrl).origin);
}

/** The manifest as the build writes it: the dev one as it is, the production one for ADDIN_URL, or none. */
function manifestPlugins(dev) {
  const hostUrl = addinUrl();
  if (!dev && hostUrl === undefined) {
    return [
      {
        apply: (compiler) => compiler.hooks.thisCompilation.tap("manifest", (c) => c.warnings.push(new WebpackError(NO_MANIFEST_WARNING))),
      },
    ];
  }
  const transform = (content) => (dev ? content : hostedManifest(content.toString(), hostUrl));
  return [new CopyWebpackPlugin({ patterns: [{ from: "manifest.xml", to: "manifest.xml", transform }] })];
}

function withSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * The engine the whole bundle (node_modules included) is written for. Fluent UI v9's partial
 * browser support matrix (Chromium 79, Firefox 69, Safari 13.1) is the oldest it supports, and asks
 * consumers who support it to transpile Fluent's ES2020 output; React 19 names no versions ("modern
 * browsers"). Chromium 79 lacks `?.` and `??` (ES2020), so ES2019 is the newest syntax all of them
 * parse. Older hosts (EdgeHTML, Internet Explorer 11, Safari before 13.1) get the message of
 * src/taskpane/hostGuard.js instead of a blank pane.
 */
const BUNDLE_TARGET = "es2019";

/**
 * The 审查 worker (src/web/reviewWorker.ts) and every module it imports in a layer of their own:
 * copies apart from the pane's. Without it a core module used by both the pane and the worker sits
 * in two chunk groups (the worker has its own runtime), and webpack no longer concatenates it into
 * the pane's bundle but wraps each one as a module of its own, which grew the pane by 2.3 KB gzipped.
 */
const REVIEW_WORKER_LAYER = { test: /src[\\/]web[\\/]engine[\\/]review\.worker\.ts$/, layer: "review-worker" };

/**
 * officecrypto-tool (webpack.officecrypto.js), with the `buffer` it is given, in a layer of its own:
 * one copy, fetched by the pane and its 审查 worker alike, where a copy for each of their layers
 * doubled the chunk the first encrypted .xls fetches.
 */
const XLS_DECRYPT_LAYER = { test: /node_modules[\\/](officecrypto-tool|buffer)[\\/]/, layer: "xls-decrypt" };

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
    templateParameters: {
      officeJsUrl: officeJsUrl(),
      hostGuard: fs.readFileSync(path.join(__dirname, "src/taskpane/hostGuard.js"), "utf8"),
    },
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
    target: ["web", BUNDLE_TARGET],
    module: {
      rules: [
        {
          // Dependencies ship ES2020 and later (`?.`, `??`, class `static {}`): lowered like our own code.
          test: /\.[cm]?js$/,
          loader: "esbuild-loader",
          options: { target: BUNDLE_TARGET },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { target: BUNDLE_TARGET, module: "esnext", moduleResolution: "node", noEmit: false, sourceMap: dev },
            },
          },
        },
        { test: /\.(png|svg|ico)$/, type: "asset/resource" },
        REVIEW_WORKER_LAYER,
        XLS_DECRYPT_LAYER,
        ...officeCryptoRules,
      ],
    },
    experiments: { layers: true },
    plugins: [
      // The 审查 worker (src/web/engine) records the tool's version in its reports, as qbench does.
      new DefinePlugin({ __QBENCH_VERSION__: JSON.stringify(version) }),
      taskpaneHtmlPlugin(),
      previewHtmlPlugin(),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
      ...manifestPlugins(dev),
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
