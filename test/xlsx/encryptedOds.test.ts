import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { analyseWorkbook } from "../../src/core/analysis";
import type { Grid } from "../../src/core/grid/grid";
import { sealDigest } from "../../src/core/seal";
import { decodeStore } from "../../src/core/storage";
import { storeRowsOf } from "../../src/core/workbook";
import { readWorkbookBytes } from "../../src/xlsx/readBytes";

/**
 * LibreOffice's encrypted .ods, changed the ways a hostile or damaged file would be: 7.4's AES-CBC
 * parts (scripts/gen-encrypted-ods.py) and 25.2's one AES-GCM `encrypted-package` under Argon2id
 * (scripts/gen-encrypted-ods-gcm.py).
 */
const FORMATS = join(__dirname, "../fixtures/formats");
const FIXTURE = readFileSync(join(FORMATS, "encrypted-libreoffice.ods"));
const GCM = readFileSync(join(FORMATS, "encrypted-libreoffice-gcm.ods"));
const PASSWORD = "质标2021";
// Argon2id as LibreOffice asks for it (64 MiB, 3 passes) takes seconds, on purpose; a busy machine takes more.
jest.setTimeout(120_000);

async function changed(edit: (zip: JSZip) => Promise<void>, fixture: Uint8Array = FIXTURE): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixture);
  await edit(zip);
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

async function flipContentByte(at: number): Promise<Uint8Array> {
  return changed(async (zip) => {
    const content = await zip.file("content.xml")!.async("uint8array");
    content[at]! ^= 0x55;
    zip.file("content.xml", content);
  });
}

const readAs = (bytes: Uint8Array) => readWorkbookBytes(bytes, "x.ods", {}, PASSWORD).catch((e: unknown) => e);

test("a changed byte in an encrypted part's first kilobyte fails its checksum: the password does not open it", async () => {
  expect(await readAs(await flipContentByte(100))).toMatchObject({
    name: "Unreadable",
    kind: "encrypted",
    message: expect.stringMatching(/密码不正确/),
  });
});

test("a changed byte past the checksum is a damaged file, never a crash", async () => {
  expect(await readAs(await flipContentByte(3000))).toMatchObject({ name: "Unreadable", kind: "corrupt" });
});

test("a part that inflates past the size its manifest states is damaged, and stops there", async () => {
  const bytes = await changed(async (zip) => {
    const manifest = await zip.file("META-INF/manifest.xml")!.async("string");
    zip.file("META-INF/manifest.xml", manifest.replace(/(full-path="content.xml"[^>]*manifest:size=")\d+"/, '$1100"'));
  });
  expect(await readAs(bytes)).toMatchObject({
    name: "Unreadable",
    kind: "corrupt",
    message: expect.stringMatching(/larger than the 100 bytes/),
  });
});

test("a manifest whose compressed bytes are damaged is a damaged zip, in Chinese and English alike, with what the zip library found", async () => {
  const bytes = Uint8Array.from(FIXTURE);
  const name = Buffer.from("META-INF/manifest.xml");
  const data = FIXTURE.indexOf(name) + name.length; // the local header comes before the central directory
  bytes.fill(0xff, data, data + 4);
  expect(await readAs(bytes)).toMatchObject({
    name: "Unreadable",
    kind: "corrupt",
    reasonZh: "文件已损坏，压缩结构无法解析（META-INF/manifest.xml: Bug : uncompressed data size mismatch）",
    reasonEn: "the file is damaged: its zip structure cannot be read (META-INF/manifest.xml: Bug : uncompressed data size mismatch)",
  });
});

test("the password is in no message", async () => {
  for (const bytes of [FIXTURE, await flipContentByte(100), await flipContentByte(3000)]) {
    const e = await readWorkbookBytes(bytes, "x.ods", {}, "错的密码").catch((x: unknown) => x);
    expect(String((e as Error).message)).not.toContain("错的密码");
  }
});

describe("LibreOffice 24.2 and later: the whole package as one AES-GCM entry under Argon2id", () => {
  const editManifest = (edit: (manifest: string) => string) =>
    changed(async (zip) => {
      zip.file("META-INF/manifest.xml", edit(await zip.file("META-INF/manifest.xml")!.async("string")));
    }, GCM);
  const withArgon2 = (name: "iterations" | "memory" | "lanes", value: number) =>
    editManifest((m) => m.replace(new RegExp(`(loext:argon2-${name}=")\\d+"`), `$1${value}"`));
  const editPackage = (edit: (stream: Uint8Array) => Uint8Array) =>
    changed(async (zip) => {
      zip.file("encrypted-package", edit(await zip.file("encrypted-package")!.async("uint8array")));
    }, GCM);

  async function digestOf(grids: readonly Grid[]): Promise<string> {
    const analysis = await analyseWorkbook(grids, decodeStore(storeRowsOf(grids)).store, {
      today: new Date(Date.UTC(2021, 5, 1)),
      fallbackYear: 2021,
    });
    return sealDigest(analysis.form!);
  }

  test("with its password it reads as the .xlsx it was saved from: the same grids and the same seal digest", async () => {
    const read = await readWorkbookBytes(GCM, "x.ods", {}, PASSWORD);
    const original = await readWorkbookBytes(readFileSync(join(FORMATS, "original.xlsx")), "original.xlsx", {});
    expect(read.format).toBe("ods");
    expect(read.grids.map((g) => g.sheet)).toEqual(original.grids.map((g) => g.sheet));
    expect(await digestOf(read.grids)).toBe(await digestOf(original.grids));
  });

  test("a wrong password fails the GCM tag and says the password is wrong", async () => {
    const e = await readWorkbookBytes(GCM, "x.ods", {}, "质标2020").catch((x: unknown) => x);
    expect(e).toMatchObject({ name: "Unreadable", kind: "encrypted", message: expect.stringMatching(/密码不正确.*password is wrong/) });
  });

  test.each([
    ["memory", 4 * 1024 * 1024, /内存 4096 MiB.*内存至多 128 MiB.*4096 MiB of memory.*at most 128 MiB, 6 passes, 16 lanes/],
    ["iterations", 1_000_000, /1000000 轮.*至多 6 轮.*1000000 passes/],
    ["lanes", 1 << 20, /1048576 路并行.*至多 16 路.*1048576 lanes/],
  ] as const)(
    "Argon2 %s beyond qbench's cap is refused before anything is allocated, the caps in the message",
    async (name, value, message) => {
      expect(await readAs(await withArgon2(name, value))).toMatchObject({
        name: "Unreadable",
        kind: "too-large",
        message: expect.stringMatching(message),
      });
    },
  );

  test("Argon2 parameters no Argon2 can run (less memory than 8 KiB a lane) are a damaged file", async () => {
    expect(await readAs(await withArgon2("memory", 16))).toMatchObject({
      name: "Unreadable",
      kind: "corrupt",
      message: expect.stringMatching(/Argon2id 16 KiB, 3 passes, 4 lanes/),
    });
  });

  test("a key derivation qbench does not know is refused by its name", async () => {
    const bytes = await editManifest((m) => m.replace("office:manifest:argon2id", "office:manifest:scrypt"));
    expect(await readAs(bytes)).toMatchObject({
      name: "Unreadable",
      kind: "encrypted",
      message: expect.stringMatching(/manifest:scrypt.*cannot decrypt/),
    });
  });

  test("a changed byte anywhere in the encrypted package fails its tag: the password does not open it", async () => {
    const bytes = await editPackage((stream) => {
      stream[stream.length - 100]! ^= 0x55;
      return stream;
    });
    expect(await readAs(bytes)).toMatchObject({ name: "Unreadable", kind: "encrypted", message: expect.stringMatching(/密码不正确/) });
  });

  test("an encrypted package cut short is damaged, never a crash", async () => {
    expect(await readAs(await editPackage((stream) => stream.subarray(0, 20)))).toMatchObject({ name: "Unreadable", kind: "corrupt" });
    expect(await readAs(await editPackage((stream) => stream.subarray(0, stream.length >> 1)))).toMatchObject({ name: "Unreadable" });
  });

  test("a package that inflates past the size its manifest states is damaged, and stops there", async () => {
    const bytes = await editManifest((m) => m.replace(/(full-path="encrypted-package"[^>]*manifest:size=")\d+"/, '$1100"'));
    expect(await readAs(bytes)).toMatchObject({
      name: "Unreadable",
      kind: "corrupt",
      message: expect.stringMatching(/larger than the 100 bytes/),
    });
  });

  test("a package whose manifest states more than the reader's bound is refused before any key is derived", async () => {
    const bytes = await editManifest((m) => m.replace(/(full-path="encrypted-package"[^>]*manifest:size=")\d+"/, '$19999999999"'));
    expect(await readAs(bytes)).toMatchObject({ name: "Unreadable", kind: "too-large" });
  });

  test("the password is in no message", async () => {
    for (const bytes of [GCM, await withArgon2("memory", 4 * 1024 * 1024)]) {
      const e = await readWorkbookBytes(bytes, "x.ods", {}, "错的密码").catch((x: unknown) => x);
      expect(String((e as Error).message)).not.toContain("错的密码");
    }
  });
});
