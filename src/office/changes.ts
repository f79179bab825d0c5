import type { WorkbookChange } from "../core/workbook";
import type { OfficeEnv } from "./env";

/**
 * How long after one of the add-in's own operations Excel's change events for the sheets it
 * touched are taken as echoes of that operation, not as the user's typing.
 */
export const OWN_WRITE_ECHO_MS = 1_000;

/** A wildcard for operations whose sheets are only known inside them (a new sheet, every mark). */
export const ALL_SHEETS = "\u0000all";

/** Sheets the add-in is writing to, so that their change events are not reported as the user's. */
export class OwnWrites {
  private readonly busy = new Map<string, number>();
  private readonly running = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  /** Runs an operation that writes to `sheets` (or ALL_SHEETS), muting their events until shortly after it ends. */
  async around<T>(sheets: readonly string[], operation: () => Promise<T>): Promise<T> {
    for (const s of sheets) this.running.set(s, (this.running.get(s) ?? 0) + 1);
    try {
      return await operation();
    } finally {
      const until = this.now() + OWN_WRITE_ECHO_MS;
      for (const s of sheets) {
        const left = (this.running.get(s) ?? 1) - 1;
        if (left === 0) this.running.delete(s);
        else this.running.set(s, left);
        this.busy.set(s, until);
      }
    }
  }

  isOwn(sheet: string): boolean {
    return this.muted(sheet) || this.muted(ALL_SHEETS);
  }

  private muted(sheet: string): boolean {
    if (this.running.has(sheet)) return true;
    const until = this.busy.get(sheet);
    return until !== undefined && this.now() <= until;
  }
}

/**
 * Subscribes to every worksheet's changes (ExcelApi 1.9 collection event). Registration is
 * asynchronous; the returned function removes the handler once registration has finished.
 * `ignore` filters out sheets the add-in is writing itself.
 */
export function subscribeChanges(
  env: OfficeEnv,
  ignore: (sheet: string) => boolean,
  listener: (change: WorkbookChange) => void,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (stopped) return;
    try {
      const sheet = await env.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(event.worksheetId);
        ws.load("name");
        await context.sync();
        return ws.name;
      });
      if (!stopped && !ignore(sheet)) listener({ sheet, ...(event.address ? { range: event.address } : {}) });
    } catch (error) {
      onError(error);
    }
  };
  const registration = env.run(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    return result;
  });
  registration.catch(onError);
  return () => {
    stopped = true;
    registration
      .then(async (result) => {
        // A handler is removed through the context that added it.
        result.remove();
        await result.context.sync();
      })
      .catch(onError);
  };
}
