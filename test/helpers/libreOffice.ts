import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** LibreOffice and poppler, for the tests that print or open a written workbook as another program would. */
export function has(tool: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

export const OFFICE_TOOLS = has("soffice") && has("pdftotext");

/** `soffice --headless --convert-to`, with its own profile so that an open LibreOffice (or another test) does not collide. */
export function soffice(dir: string, to: string, file: string, outdir: string): void {
  const profile = join(dir, "lo-profile");
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", outdir, file], {
    stdio: "pipe",
    timeout: 240_000,
  });
}

export function pdfText(pdf: string): string {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
}
