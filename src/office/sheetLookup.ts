export type SheetLookup = (name: string) => Excel.Worksheet;

/** One worksheet object per sheet within a batch, so that each command's path in the request stays short. */
export function sheetLookup(context: Excel.RequestContext): SheetLookup {
  const cache = new Map<string, Excel.Worksheet>();
  return (name) => {
    let ws = cache.get(name);
    if (ws === undefined) {
      ws = context.workbook.worksheets.getItem(name);
      cache.set(name, ws);
    }
    return ws;
  };
}
