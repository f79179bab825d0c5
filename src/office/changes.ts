import type { WorkbookChange } from "../core/workbook";
import type { OfficeEnv } from "./env";

/**
 * How long after one of the add-in's own value writes Excel's change events for the sheets it
 * touched are taken as echoes of that write. Only a fallback for hosts without
 * `event.triggerSource` (ExcelApi 1.14): the timer also swallows the clerk's real edits made
 * within that second.
 */
export const OWN_WRITE_ECHO_MS = 1_000;

/** `WorksheetChangedEventArgs.triggerSource` tells the add-in's own writes apart from ExcelApi 1.14 on. */
export const TRIGGER_SOURCE_EXCEL_API = "1.14";

/** A wildcard for operations whose sheets are only known inside them (a new sheet). */
export const ALL_SHEETS = "\u0000all";

/** Sheets the add-in is writing values to, on hosts that cannot say who raised a change event. */
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

/** Worksheet names by id as last read, so that an event names its sheet without a round trip. */
export type SheetNamesById = Map<string, string>;

export interface ChangeFilter {
  /** The add-in's own sheets (the store): never reported. */
  readonly ownSheet: (name: string) => boolean;
  /** The timer fallback for hosts without `triggerSource`. */
  readonly recentOwnWrite: (name: string) => boolean;
}

/**
 * Subscribes to every worksheet's changes (ExcelApi 1.9 collection event). Where ExcelApi 1.14
 * exists, the add-in's own writes are recognised by `triggerSource === "ThisLocalAddin"` and the
 * clerk's edits are reported however soon they follow; elsewhere by the timer. Registration is
 * asynchronous; the returned function removes the handler once registration has finished, in the
 * context that added it, as Microsoft's events article shows (`Excel.run(eventResult.context, …)`).
 */
export function subscribeChanges(
  env: OfficeEnv,
  names: SheetNamesById,
  filter: ChangeFilter,
  listener: (change: WorkbookChange, worksheetId: string) => void,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  const knowsTrigger = env.supports(TRIGGER_SOURCE_EXCEL_API);
  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (stopped || (knowsTrigger && event.triggerSource === "ThisLocalAddin")) return;
    try {
      const sheet = names.get(event.worksheetId) ?? (await sheetName(env, event.worksheetId, names));
      if (stopped || filter.ownSheet(sheet) || (!knowsTrigger && filter.recentOwnWrite(sheet))) return;
      listener({ sheet, ...(event.address ? { range: event.address } : {}) }, event.worksheetId);
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
      .then((result) =>
        env.runIn(result.context as Excel.RequestContext, async (context) => {
          result.remove();
          await context.sync();
        }),
      )
      .catch(onError);
  };
}

/** One round trip, only for a sheet the add-in has not read yet. */
async function sheetName(env: OfficeEnv, id: string, names: SheetNamesById): Promise<string> {
  return env.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(id);
    ws.load("name");
    await context.sync();
    names.set(id, ws.name);
    return ws.name;
  });
}
