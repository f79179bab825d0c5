import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { readWorkbookBytes } from "../../src/xlsx/readBytes";

/** LibreOffice's encrypted .ods (scripts/gen-encrypted-ods.py), changed the ways a hostile or damaged file would be. */
const FIXTURE = readFileSync(join(__dirname, "../fixtures/formats/encrypted-libreoffice.ods"));
const PASSWORD = "质标2021";
jest.setTimeout(60_000);

async function changed(edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(FIXTURE);
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

test("AES-GCM with Argon2id (LibreOffice 24.2) is refused by name, not taken for damage", async () => {
  const bytes = await changed(async (zip) => {
    const manifest = await zip.file("META-INF/manifest.xml")!.async("string");
    zip.file(
      "META-INF/manifest.xml",
      manifest.replaceAll("http://www.w3.org/2001/04/xmlenc#aes256-cbc", "http://www.w3.org/2009/xmlenc11#aes256-gcm"),
    );
  });
  expect(await readAs(bytes)).toMatchObject({ name: "Unreadable", kind: "encrypted", message: expect.stringMatching(/AES-GCM/) });
});

test("the password is in no message", async () => {
  for (const bytes of [FIXTURE, await flipContentByte(100), await flipContentByte(3000)]) {
    const e = await readWorkbookBytes(bytes, "x.ods", {}, "错的密码").catch((x: unknown) => x);
    expect(String((e as Error).message)).not.toContain("错的密码");
  }
});
