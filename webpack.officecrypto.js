// officecrypto-tool in the browser builds (the task pane, its 审查 worker, the web page and its worker):
// the .xls decryptor qbench runs in Node (src/xlsx/decryptXls.ts), bundled as the lazy chunk
// `decrypt-xls`. It is written for Node, so three of Node's pieces are supplied to its files alone,
// leaving every other module (SheetJS, jszip, cfb as the OOXML decryptor uses it) as it was:
//  - the global `Buffer`, from the `buffer` npm package (what Node's is modelled on);
//  - `crypto`, for which its .xls path needs only md5 and sha1 (src/xlsx/browserCrypto.ts; crypto-js
//    names it too, as a fallback random source behind Web Crypto, which browsers have);
//  - none of its agile-encryption module, which needs Node's ciphers and xml2js (Node's events,
//    timers and stream): the browser opens an encrypted .xlsx with src/xlsx/decryptBytes.ts.
const path = require("path");

const OFFICECRYPTO = /node_modules[\\/]officecrypto-tool[\\/]/;
const AGILE = path.join(path.dirname(require.resolve("officecrypto-tool")), "src", "crypto", "ecma376_agile.js");

const officeCryptoRules = [
  {
    test: OFFICECRYPTO,
    loader: "imports-loader",
    options: { type: "commonjs", imports: "multiple buffer Buffer Buffer" },
  },
  {
    test: /node_modules[\\/](officecrypto-tool|crypto-js)[\\/]/,
    resolve: { alias: { crypto: path.resolve(__dirname, "src/xlsx/browserCrypto.ts"), [AGILE]: false } },
  },
];

module.exports = { officeCryptoRules };
