import type { FormSheet } from "../form/formSheet";
import { canonicalForm } from "./canonical";

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex digits, via the global Web Crypto. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  let hex = "";
  for (const b of hash) hex += b.toString(16).padStart(2, "0");
  return hex;
}

export function sealDigest(form: FormSheet): Promise<string> {
  return sha256Hex(canonicalForm(form));
}
