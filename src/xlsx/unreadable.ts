/** Why a file could not be read, as one `unreadable` report entry says it (SPEC §8). */
export type UnreadableKind = "missing" | "empty" | "corrupt" | "encrypted" | "legacy" | "not-workbook" | "too-large" | "no-content";

/** Thrown by the readers; the command line turns it into one `unreadable` entry and goes on. */
export class Unreadable extends Error {
  constructor(
    readonly kind: UnreadableKind,
    readonly reasonZh: string,
    readonly reasonEn: string,
  ) {
    super(`${reasonZh} / ${reasonEn}`);
    this.name = "Unreadable";
  }
}
