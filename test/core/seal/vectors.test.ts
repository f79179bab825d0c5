import { createHash } from "node:crypto";
import { canonicalForm } from "../../../src/core/seal/canonical";
import { sealCodeOf } from "../../../src/core/seal/code";
import { sealDigest } from "../../../src/core/seal/digest";
import { decodeVectorForm, loadSealVectors } from "../../helpers/sealVectors";

const vectors = loadSealVectors();

describe("seal test vectors (test/vectors/seal)", () => {
  it("has the vectors the add-in and the command line reproduce", () => {
    expect(vectors.map((v) => v.name)).toEqual(["basic", "text", "numbers", "dates-errors", "layout", "empty", "data-dates"]);
  });

  describe.each(vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    it("canonicalises to the recorded text", () => {
      expect(canonicalForm(decodeVectorForm(vector.form))).toBe(vector.canonical);
    });

    it("records the SHA-256 of that text (checked with node:crypto)", () => {
      expect(createHash("sha256").update(vector.canonical, "utf8").digest("hex")).toBe(vector.digest);
    });

    it("gives the recorded seal code", () => {
      expect(sealCodeOf(vector.digest)).toBe(vector.sealCode);
      expect(sealCodeOf(vector.v2.digest)).toBe(vector.v2.sealCode);
    });

    it("records the SHA-256 of its version-2 text, which covers the record and the sheet's every cell", () => {
      expect(createHash("sha256").update(vector.v2.canonical, "utf8").digest("hex")).toBe(vector.v2.digest);
      const lines = vector.v2.canonical.split("\n");
      expect(lines[0]).toBe("qbench-seal-v2");
      expect(lines[1]).toMatch(/^\["record",\{"confirmedWarnings":/);
      expect(lines.filter((l) => l.startsWith('["cell",')).length).toBe(Object.keys(vector.v2.record.snapshot).length);
    });

    it("digests to the recorded value with Web Crypto", async () => {
      expect(await sealDigest(decodeVectorForm(vector.form))).toBe(vector.digest);
    });
  });
});
