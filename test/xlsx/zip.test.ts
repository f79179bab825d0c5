import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ZipArchive } from "../../src/xlsx/zip";
import { craftZip, writeBytes } from "./craft";

const dir = mkdtempSync(join(tmpdir(), "qbench-zip-"));

async function textOf(path: string, name: string): Promise<string | undefined> {
  const zip = await ZipArchive.open(path);
  try {
    return await zip.readText(name);
  } finally {
    zip.close();
  }
}

describe("ZipArchive", () => {
  test("a part too large to inflate whole streams as text, no character split between chunks", async () => {
    const text = "浙江省杭州市余杭区".repeat(400_000) + "末";
    expect(Buffer.byteLength(text)).toBeGreaterThan(8 * 1024 * 1024);
    const path = writeBytes(join(dir, "large.zip"), craftZip([{ name: "xl/sharedStrings.xml", data: text }]));
    expect(await textOf(path, "xl/sharedStrings.xml")).toBe(text);
  });

  test("a small part reads whole; a missing part is undefined", async () => {
    const path = writeBytes(join(dir, "small.zip"), craftZip([{ name: "a.xml", data: "<a>甲</a>" }]));
    expect(await textOf(path, "a.xml")).toBe("<a>甲</a>");
    expect(await textOf(path, "b.xml")).toBeUndefined();
  });
});
