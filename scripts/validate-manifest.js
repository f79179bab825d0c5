#!/usr/bin/env node
// Validates the add-in manifest OFFLINE: against the manifest schemas in scripts/manifest-schema
// (with xmllint-wasm), then that every icon it names under the dev URL exists in assets/.
// Microsoft's online validation (`office-addin-manifest validate`) is not needed and not used.
const fs = require("fs");
const path = require("path");
const { validateXML } = require("xmllint-wasm");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA_DIR = path.join(__dirname, "manifest-schema");
const DEV_URL = "https://localhost:3000/";

function schemaFile(name) {
  return { fileName: name, contents: fs.readFileSync(path.join(SCHEMA_DIR, name), "utf8") };
}

/** Problems found in the manifest text, as lines a developer can act on; empty when valid. */
async function validateManifest(xml, assetsDir = path.join(ROOT, "assets")) {
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [schemaFile("officeapp.xsd")],
    preload: [schemaFile("basictypes.xsd"), schemaFile("versionoverrides.xsd")],
  });
  const problems = result.errors.map((e) => (e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.message).trim());
  if (problems.length > 0) return problems;
  for (const match of xml.matchAll(/https:\/\/localhost:3000\/(assets\/[^"<\s]+)/g)) {
    const file = path.join(assetsDir, path.basename(match[1]));
    if (!fs.existsSync(file)) problems.push(`${DEV_URL}${match[1]}: no such file in assets/`);
  }
  return [...new Set(problems)];
}

async function main() {
  const file = path.resolve(process.argv[2] || path.join(ROOT, "manifest.xml"));
  let xml;
  try {
    xml = fs.readFileSync(file, "utf8");
  } catch (error) {
    console.error(`Cannot read ${file}: ${error.message}`);
    process.exit(2);
  }
  const problems = await validateManifest(xml);
  if (problems.length === 0) {
    console.log(`${path.relative(process.cwd(), file) || file} is valid (Office add-in manifest schema, offline).`);
    return;
  }
  console.error(`${path.relative(process.cwd(), file) || file} is NOT valid:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}

if (require.main === module) void main();

module.exports = { validateManifest };
