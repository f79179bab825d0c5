/** Bad usage (exit status 2, docs/domain/reports.md#exit-status): a wrong option, a missing file, an output that would overwrite. */
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = "UsageError";
  }
}
