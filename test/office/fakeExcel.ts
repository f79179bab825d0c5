/**
 * A fake of the slice of the Excel JavaScript API the Office adapter uses. Like Office.js it
 * queues every read and write until `context.sync()`, and reading a property that was not
 * loaded before the last sync throws — so a test fails when the adapter reads too early. It
 * counts syncs and what each sync carries (requests estimated from the queued commands and their
 * arguments, responses measured as the JSON of what was loaded), refusing a sync past the payload
 * limit as Excel on the web does. Excel-like semantics are kept where the adapter depends on them: text typed
 * into a cell is parsed (a leading apostrophe keeps it text), fills have a pattern, protected
 * sheets refuse writes, API writes raise change events too.
 */
import { cellAddress, parseAddress } from "../../src/core/grid/address";
import type { CellValue } from "../../src/core/grid/cell";
import type { FooterPages, FooterSections } from "../../src/core/seal/footer";
import type { OfficeEnv } from "../../src/office/env";
import { officeEnv, type ExcelHost } from "../../src/office/officeEnv";

export interface FakeFill {
  color: string;
  /** As `getCellProperties` reports it: Excel.FillPattern, or LinearGradient / RectangularGradient. */
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade?: number;
}

/** Patterns `getCellProperties` reports that `RangeFill.pattern` cannot set (not in Excel.FillPattern). */
const GRADIENT_PATTERNS = new Set(["LinearGradient", "RectangularGradient"]);

export const NO_FILL: Readonly<FakeFill> = { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0 };

type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export interface FakeCell {
  value: string | number | boolean;
  type: ValueType;
  formula?: string;
  numberFormat: string;
  fill: FakeFill;
  bold?: boolean;
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_576;
/** Excel on the web's limit on a request and on a response. */
export const WEB_PAYLOAD_LIMIT = 5_000_000;
/** A queued command's object path and action in the request, before its arguments. */
const COMMAND_BYTES = 250;

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}
const MAX_COL = 16_384;
/** The most merged areas `getMergedAreasOrNullObject` returns. */
export const MERGED_AREAS_LIMIT = 512;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

function emptyCell(): FakeCell {
  return { value: "", type: "Empty", numberFormat: "General", fill: { ...NO_FILL } };
}

const ERROR_TEXT = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!)$/;

/** What Excel stores when `raw` is written into `values` of a cell with `format` (typing semantics). */
function parseTyped(raw: unknown, format: string): Pick<FakeCell, "value" | "type" | "formula"> {
  if (raw === "" || raw === null || raw === undefined) return { value: "", type: "Empty" };
  if (typeof raw === "number") return { value: raw, type: "Double" };
  if (typeof raw === "boolean") return { value: raw, type: "Boolean" };
  const s = String(raw);
  if (format === "@") return { value: s, type: "String" };
  if (s.startsWith("'")) return s.length === 1 ? { value: "", type: "Empty" } : { value: s.slice(1), type: "String" };
  if (/^[=+]/.test(s)) return { value: 0, type: "Double", formula: s.startsWith("=") ? s : `=${s}` };
  if (/^-?\d+(\.\d+)?$/.test(s.trim())) return { value: Number(s), type: "Double" };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true", type: "Boolean" };
  if (ERROR_TEXT.test(s)) return { value: s, type: "Error" };
  return { value: s, type: "String" };
}

/**
 * The one formula the fake evaluates, `=DATE(y,m,d)`, as the workbook's date system counts it:
 * from 1899-12-31 as serial 1 (with Excel's phantom 1900-02-29) or from 1904-01-01 as serial 0.
 * Any other formula evaluates to 0.
 */
function evaluate(formula: string, date1904: boolean): number {
  const m = /^=DATE\((\d+),(\d+),(\d+)\)$/i.exec(formula.replace(/\s/g, ""));
  if (!m) return 0;
  const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
  const from1900 = days - Date.UTC(1899, 11, 30) / 86_400_000;
  return date1904 ? from1900 - 1462 : from1900;
}

/**
 * Excel's rules for a worksheet name (support.microsoft.com, "Rename a worksheet"): not blank, at
 * most 31 characters, none of / \\ ? * : [ ], not beginning or ending with an apostrophe, not
 * "History". `worksheets.add` refuses any other name with InvalidArgument.
 */
function validSheetName(name: string): boolean {
  return name.trim() !== "" && name.length <= 31 && !/[/\\?*:[\]]/.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== "history";
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  merges: Rect[] = [];
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** While protected: the password ("" for none) and the options as Excel reports them in `protection.options`. */
  protection: { password: string; options?: Excel.WorksheetProtectionOptions } | undefined;
  frozenRows = 0;
  /** Hidden rows and columns (1-based), as the clerk hid them. */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  /** The print area's rectangles; undefined when none is set. */
  printArea: Rect[] | undefined;
  readonly page: Record<string, unknown> = {};
  /** Excel.HeaderFooterState: which page groups print with their own footer. */
  headerFooterState: "Default" | "FirstAndDefault" | "OddAndEven" | "FirstOddAndEven" = "Default";
  /** The footer sections of each page group (Excel.HeaderFooterGroup). */
  readonly footers: Record<FooterPages, FooterSections> = {
    default: { left: "", center: "", right: "" },
    first: { left: "", center: "", right: "" },
    odd: { left: "", center: "", right: "" },
    even: { left: "", center: "", right: "" },
  };
  readonly validations: Array<{ address: string; rule?: unknown; prompt?: unknown; errorAlert?: unknown }> = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly borders = new Map<string, string>();

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  cell(row: number, col: number): FakeCell {
    return this.cells.get(`${row},${col}`) ?? emptyCell();
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  put(row: number, col: number, cell: FakeCell): void {
    this.cells.set(`${row},${col}`, cell);
  }

  /** The cell at an A1 address, for assertions. */
  at(address: string): FakeCell {
    const p = parseAddress(address);
    if (p === undefined) throw new Error(`bad address ${address}`);
    return this.cell(p.row, p.col);
  }

  usedRect(valuesOnly: boolean, within?: Rect): Rect | undefined {
    let rect: Rect | undefined;
    for (const [k, c] of this.cells) {
      if (valuesOnly && c.type === "Empty" && c.formula === undefined) continue;
      const [r, col] = k.split(",").map(Number) as [number, number];
      if (within !== undefined && (r < within.top || r > within.bottom || col < within.left || col > within.right)) continue;
      rect =
        rect === undefined
          ? { top: r, left: col, bottom: r, right: col }
          : {
              top: Math.min(rect.top, r),
              left: Math.min(rect.left, col),
              bottom: Math.max(rect.bottom, r),
              right: Math.max(rect.right, col),
            };
    }
    return rect;
  }

  assertWritable(): void {
    if (this.protection !== undefined) throw new FakeExcelError("AccessDenied", `sheet ${this.name} is protected`);
  }
}

type Op = () => void;
export interface FakeChangedEvent {
  worksheetId: string;
  address: string;
  source: string;
  changeType: string;
  /** ExcelApi 1.14: "ThisLocalAddin" for this add-in's own writes; absent on older hosts. */
  triggerSource?: string;
}
type ChangedHandler = (args: FakeChangedEvent) => Promise<void>;

export interface FakeWorkbookOptions {
  /** Excel API sets the fake host implements; 1.13 brings merged areas. */
  readonly apiVersion?: string;
  /** Bytes above which a sync's request or response is refused (Excel on the web: 5 MB). */
  readonly payloadLimit?: number;
  /** False for a host that ignores `delayForCellEdit` (its reference names no requirement set for the option). */
  readonly honoursDelayForCellEdit?: boolean;
  /** The workbook counts dates from 1904 (Excel's option "Use 1904 date system"): serial 0 is 1904-01-01. */
  readonly date1904?: boolean;
  /**
   * How long (on the fake's clock) a change event takes to reach the add-in. Events are raised
   * asynchronously, after the change; on the web each one crosses the network, and the reference
   * promises no bound on the delay.
   */
  readonly eventLatencyMs?: number;
}

/** What one sync carried. */
export interface SyncRecord {
  readonly request: number;
  readonly response: number;
  /** Cells whose values, formats or fills were loaded. */
  readonly cellsLoaded: number;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheet = "";
  selection: { sheet: string; address: string } | undefined;
  syncCount = 0;
  /** Every sync that reached the host, refused ones included. */
  readonly syncLog: SyncRecord[] = [];
  /** The most cells any single range load asked for (values, formats …), to check block reads. */
  largestRangeLoad = 0;
  readonly handlers = new Set<ChangedHandler>();
  private nextId = 1;
  private clock = 0;
  /** Change events raised but not yet delivered (see FakeWorkbookOptions.eventLatencyMs). */
  private readonly pendingEvents: Array<{ due: number; deliver: () => void }> = [];
  /** While the user is in cell-edit mode: resolves when the edit ends (Excel.RunOptions.delayForCellEdit). */
  private editing: { done: Promise<void>; end: () => void } | undefined;

  constructor(private readonly options: FakeWorkbookOptions = {}) {}

  get date1904(): boolean {
    return this.options.date1904 === true;
  }

  get payloadLimit(): number {
    return this.options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
  }

  addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>> = [], origin = { row: 1, col: 1 }): FakeSheet {
    const sheet = new FakeSheet(name, `{sheet-${this.nextId++}}`);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = emptyCell();
        if (v instanceof Date) {
          // Stored as the workbook's date system counts it (the 1904 system's serials are 1,462 smaller).
          cell.value = (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 - (this.date1904 ? 1462 : 0);
          cell.type = "Double";
          cell.numberFormat = "yyyy-mm-dd";
        } else if (typeof v === "object") {
          cell.value = v.error;
          cell.type = "Error";
        } else {
          cell.value = v;
          cell.type = typeof v === "string" ? "String" : typeof v === "number" ? "Double" : "Boolean";
        }
        sheet.put(origin.row + r, origin.col + c, cell);
      }),
    );
    this.sheets.push(sheet);
    if (this.activeSheet === "") this.activeSheet = name;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (s === undefined) throw new Error(`no sheet ${name}`);
    return s;
  }

  findSheet(nameOrId: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === nameOrId || s.id === nameOrId);
  }

  /** The user types into a cell: Excel parses the text and raises a change event. */
  userEdit(sheet: string, address: string, text: string): void {
    const s = this.sheet(sheet);
    const p = parseAddress(address)!;
    const cell = { ...s.cell(p.row, p.col) };
    Object.assign(cell, { formula: undefined }, parseTyped(text, cell.numberFormat));
    s.put(p.row, p.col, cell);
    this.emitChanged([[s.id, address]], "Unknown");
  }

  /** Whether the host implements ExcelApi `version`. */
  supports(version: string): boolean {
    const [major, minor] = (this.options.apiVersion ?? "1.9").split(".").map(Number) as [number, number];
    const [a, b] = version.split(".").map(Number) as [number, number];
    return a < major || (a === major && b <= minor);
  }

  /** Change events as Excel raises them; `trigger` is reported only where ExcelApi 1.14 exists. */
  emitChanged(changes: ReadonlyArray<[string, string]>, trigger: "ThisLocalAddin" | "Unknown"): void {
    const triggerSource = this.supports("1.14") ? { triggerSource: trigger } : {};
    const due = this.clock + (this.options.eventLatencyMs ?? 0);
    for (const [id, address] of changes) {
      for (const h of this.handlers) {
        this.pendingEvents.push({
          due,
          deliver: () =>
            setTimeout(() => void h({ worksheetId: id, address, source: "Local", changeType: "RangeEdited", ...triggerSource }), 0),
        });
      }
    }
    this.deliverDueEvents();
  }

  private deliverDueEvents(): void {
    const due = this.pendingEvents.filter((e) => e.due <= this.clock);
    this.pendingEvents.splice(0, this.pendingEvents.length, ...this.pendingEvents.filter((e) => e.due > this.clock));
    for (const e of due) e.deliver();
  }

  /** The user double-clicks a cell (or starts typing): Excel is in cell-edit mode until `endCellEdit`. */
  beginCellEdit(): void {
    if (this.editing !== undefined) return;
    let end = () => {};
    const done = new Promise<void>((resolve) => (end = resolve));
    this.editing = { done, end };
  }

  endCellEdit(): void {
    const editing = this.editing;
    this.editing = undefined;
    editing?.end();
  }

  /**
   * What Excel does with a batch that arrives during cell-edit mode (Excel.RunOptions): it fails
   * with InvalidOperationInCellEditMode, unless the batch was run with `delayForCellEdit`, which
   * Excel holds until the edit ends.
   */
  async admit(delayForCellEdit: boolean): Promise<void> {
    while (this.editing !== undefined) {
      if (!delayForCellEdit) throw new FakeExcelError("InvalidOperationInCellEditMode", "the user is editing a cell");
      await this.editing.done;
    }
  }

  advance(ms: number): void {
    this.clock += ms;
    this.deliverDueEvents();
  }

  /** The fake as the Office host: `Excel.run(options, batch)`, requirement sets and the clock. */
  host(): ExcelHost {
    return {
      run: async (options, batch) => {
        const context = new FakeContext(this, options.delayForCellEdit === true && this.options.honoursDelayForCellEdit !== false);
        const result = await batch(context as unknown as Excel.RequestContext);
        if (context.hasPending()) await context.sync();
        return result;
      },
      runIn: async (context, batch) => {
        const fake = context as unknown as FakeContext;
        if (!(fake instanceof FakeContext) || fake.book !== this)
          throw new FakeExcelError("InvalidArgument", "not a context of this workbook");
        const result = await batch(context);
        if (fake.hasPending()) await fake.sync();
        return result;
      },
      isSetSupported: (v) => this.supports(v),
      now: () => this.clock,
    };
  }

  /** The adapter's environment over this fake, built as the add-in builds it over Office.js. */
  env(): OfficeEnv {
    return officeEnv(this.host());
  }
}

class FakeContext {
  private queue: Op[] = [];
  private request = 0;
  private response = 0;
  private cellsLoaded = 0;
  readonly workbook: WorkbookProxy;
  readonly changed: Array<[string, string]> = [];

  constructor(
    readonly book: FakeWorkbook,
    private readonly delayForCellEdit = false,
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  /** Queues a command; `args` is what it sends besides its path (values, colours, settings). */
  enqueue(op: Op, args?: unknown): void {
    this.queue.push(op);
    this.request += COMMAND_BYTES + (args === undefined ? 0 : jsonBytes(args));
  }

  /** A loaded property's value as it travels back in the response. */
  respond(name: string, value: unknown): void {
    this.response += jsonBytes(name) + 1 + jsonBytes(value);
  }

  countCells(cells: number): void {
    this.cellsLoaded += cells;
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    await this.book.admit(this.delayForCellEdit);
    this.book.syncCount++;
    const ops = this.queue;
    const request = this.request;
    this.queue = [];
    this.request = 0;
    this.response = 0;
    this.cellsLoaded = 0;
    const limit = this.book.payloadLimit;
    const changedBefore = this.changed.length;
    try {
      if (request > limit) {
        this.book.syncLog.push({ request, response: 0, cellsLoaded: 0 });
        throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
      }
      for (const op of ops) op();
      this.book.syncLog.push({ request, response: this.response, cellsLoaded: this.cellsLoaded });
      if (this.response > limit) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `response of ${this.response} bytes`);
    } finally {
      const fresh = this.changed.splice(changedBefore);
      if (fresh.length > 0) this.book.emitChanged(fresh, "ThisLocalAddin");
    }
  }
}

function propsOf(spec: string | string[] | undefined): string[] {
  if (spec === undefined) return [];
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

abstract class ClientObject {
  private readonly snapshot = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private nullable = false;

  constructor(protected readonly ctx: FakeContext) {}

  protected abstract loadable(): readonly string[];
  protected abstract read(prop: string): unknown;
  protected nav(_name: string): ClientObject | undefined {
    return undefined;
  }

  load(spec?: string | string[]): this {
    const own: string[] = [];
    for (const p of propsOf(spec)) {
      const slash = p.indexOf("/");
      if (slash > 0) {
        const child = this.nav(p.slice(0, slash));
        if (child === undefined) throw new Error(`fake: cannot load ${p} on ${this.constructor.name}`);
        child.load(p.slice(slash + 1));
        continue;
      }
      if (!this.loadable().includes(p)) throw new Error(`fake: ${this.constructor.name}.${p} is not loadable`);
      own.push(p);
    }
    if (own.length === 0) return this;
    // One load is one query in the request, whatever the number of properties.
    this.ctx.enqueue(() => {
      let cells = 0;
      for (const p of own) {
        const value = this.readOrNull(p);
        this.snapshot.set(p, value);
        this.ctx.respond(p, value);
        if (Array.isArray(value))
          cells = Math.max(
            cells,
            value.reduce((n: number, row: unknown) => n + (Array.isArray(row) ? row.length : 0), 0),
          );
      }
      this.ctx.countCells(cells);
    }, own);
    return this;
  }

  /** A null object's properties load as null instead of failing the batch, as in Office.js. */
  private readOrNull(prop: string): unknown {
    try {
      return this.read(prop);
    } catch (error) {
      if (this.nullable && error instanceof FakeExcelError && error.code === "ItemNotFound") return null;
      throw error;
    }
  }

  /** Takes the snapshot immediately (while a sync is running), as a collection load does for its items. */
  captureNow(props: readonly string[]): void {
    for (const p of props) {
      if (!this.loadable().includes(p)) throw new Error(`fake: ${this.constructor.name}.${p} is not loadable`);
      this.snapshot.set(p, this.read(p));
    }
  }

  protected loaded<T>(prop: string): T {
    if (!this.snapshot.has(prop)) {
      throw new FakeExcelError("PropertyNotLoaded", `${this.constructor.name}.${prop} was read before load() and sync()`);
    }
    return this.snapshot.get(prop) as T;
  }

  protected setLater(op: Op, args?: unknown): void {
    this.ctx.enqueue(op, args);
  }

  /** For *OrNullObject results: whether the target exists is known only after a sync. */
  protected trackNull(exists: () => boolean): void {
    this.nullable = true;
    this.ctx.enqueue(() => {
      this.nullState = !exists();
    });
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new FakeExcelError("PropertyNotLoaded", "isNullObject read before sync()");
    return this.nullState;
  }

  get context(): FakeContext {
    return this.ctx;
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.settings = new SettingCollectionProxy(ctx);
  }
}

class SettingProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  protected loadable(): readonly string[] {
    return ["value", "key"];
  }
  protected read(prop: string): unknown {
    if (!this.ctx.book.settings.has(this.key)) throw new FakeExcelError("ItemNotFound", `setting ${this.key}`);
    return prop === "key" ? this.key : this.ctx.book.settings.get(this.key);
  }
  get value(): unknown {
    return this.loaded("value");
  }
  delete(): void {
    this.setLater(() => this.ctx.book.settings.delete(this.key));
  }
  track(): this {
    this.trackNull(() => this.ctx.book.settings.has(this.key));
    return this;
  }
}

class SettingCollectionProxy {
  constructor(private readonly ctx: FakeContext) {}
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key).track();
  }
  add(key: string, value: unknown): SettingProxy {
    this.ctx.enqueue(() => this.ctx.book.settings.set(key, JSON.parse(JSON.stringify(value))), value);
    return new SettingProxy(this.ctx, key);
  }
}

class WorksheetCollectionProxy extends ClientObject {
  private itemList: WorksheetProxy[] | undefined;
  readonly onChanged: { add: (handler: ChangedHandler) => { remove: () => void; context: FakeContext } };

  constructor(ctx: FakeContext) {
    super(ctx);
    this.onChanged = {
      add: (handler) => {
        this.ctx.enqueue(() => this.ctx.book.handlers.add(handler));
        return {
          remove: () => this.ctx.enqueue(() => this.ctx.book.handlers.delete(handler)),
          context: this.ctx,
        };
      },
    };
  }
  protected loadable(): readonly string[] {
    return ["items"];
  }
  protected read(): unknown {
    return undefined;
  }
  override load(spec?: string | string[]): this {
    const props = propsOf(spec);
    const itemProps = props.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    this.ctx.enqueue(() => {
      this.itemList = this.ctx.book.sheets.map((s) => new WorksheetProxy(this.ctx, () => s));
      for (const item of this.itemList) item.captureNow(itemProps);
    });
    return this;
  }
  get items(): WorksheetProxy[] {
    if (this.itemList === undefined) throw new FakeExcelError("PropertyNotLoaded", "WorksheetCollection.items");
    return this.itemList;
  }
  getItem(nameOrId: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.book.findSheet(nameOrId);
      if (s === undefined) throw new FakeExcelError("ItemNotFound", `worksheet ${nameOrId}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const proxy = this.getItem(name);
    proxy.trackExists(() => this.ctx.book.findSheet(name) !== undefined);
    return proxy;
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(this.ctx.book.activeSheet));
  }
  add(name: string): WorksheetProxy {
    this.ctx.enqueue(() => {
      if (!validSheetName(name))
        throw new FakeExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      if (this.ctx.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeExcelError("ItemAlreadyExists", `worksheet ${name}`);
      }
      this.ctx.book.addSheet(name);
    });
    return this.getItem(name);
  }
}

class WorksheetProxy extends ClientObject {
  readonly protection: ProtectionProxy;
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly pageLayout: PageLayoutProxy;

  constructor(
    ctx: FakeContext,
    private readonly resolveRaw: () => FakeSheet,
  ) {
    super(ctx);
    this.protection = new ProtectionProxy(ctx, () => this.resolve());
    this.freezePanes = { freezeRows: (n) => this.setLater(() => (this.resolve().frozenRows = n)) };
    this.pageLayout = new PageLayoutProxy(ctx, () => this.resolve());
  }
  resolve(): FakeSheet {
    return this.resolveRaw();
  }
  trackExists(exists: () => boolean): void {
    this.trackNull(exists);
  }
  protected loadable(): readonly string[] {
    return ["name", "id", "visibility"];
  }
  protected read(prop: string): unknown {
    const s = this.resolve();
    return prop === "name" ? s.name : prop === "id" ? s.id : s.visibility;
  }
  get name(): string {
    return this.loaded("name");
  }
  get id(): string {
    return this.loaded("id");
  }
  get visibility(): string {
    return this.loaded("visibility");
  }
  set visibility(v: string) {
    this.setLater(() => (this.resolve().visibility = v as FakeSheet["visibility"]));
  }
  activate(): void {
    this.setLater(() => {
      const s = this.resolve();
      if (s.visibility !== "Visible") throw new FakeExcelError("InvalidOperation", "cannot activate a hidden sheet");
      this.ctx.book.activeSheet = s.name;
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => this.resolve(),
      () => (address === undefined ? fullSheet() : parseRect(address)),
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => this.resolve(),
      () => ({ top: row + 1, left: col + 1, bottom: row + rows, right: col + cols }),
    );
  }
  /** The used range; on a sheet with nothing in it, cell A1 (Office.js does not fail here). */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => this.resolve(),
      () => this.resolve().usedRect(valuesOnly === true) ?? { top: 1, left: 1, bottom: 1, right: 1 },
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const usedRect = () => this.resolve().usedRect(valuesOnly === true);
    const proxy = new RangeProxy(
      this.ctx,
      () => this.resolve(),
      () => {
        const r = usedRect();
        if (r === undefined) throw new FakeExcelError("ItemNotFound", "used range of an empty sheet");
        return r;
      },
    );
    proxy.trackExistsRange(() => usedRect() !== undefined);
    return proxy;
  }
}

function fullSheet(): Rect {
  return { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL };
}

function parseRect(address: string): Rect {
  const [a, b = a] = address.replace(/\$/g, "").split(":") as [string, string?];
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return { top: Number(a), left: 1, bottom: Number(b), right: MAX_COL };
  if (/^[A-Z]+$/i.test(a) && /^[A-Z]+$/i.test(b)) {
    return { top: 1, left: parseAddress(`${a}1`)!.col, bottom: MAX_ROW, right: parseAddress(`${b}1`)!.col };
  }
  const p = parseAddress(a);
  const q = parseAddress(b);
  if (p === undefined || q === undefined) throw new FakeExcelError("InvalidArgument", `address ${address}`);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

function rectAddress(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * `protection.options` as Excel reports it: every option present, those `protect` was not given
 * false (nothing allowed) and `selectionMode` Normal, as Excel's own 保护工作表 dialog protects.
 */
export function excelProtectionOptions(given: Excel.WorksheetProtectionOptions = {}): Excel.WorksheetProtectionOptions {
  const names = [
    "allowAutoFilter",
    "allowDeleteColumns",
    "allowDeleteRows",
    "allowEditObjects",
    "allowEditScenarios",
    "allowFormatCells",
    "allowFormatColumns",
    "allowFormatRows",
    "allowInsertColumns",
    "allowInsertHyperlinks",
    "allowInsertRows",
    "allowPivotTables",
    "allowSort",
  ] as const;
  const options: Excel.WorksheetProtectionOptions = { selectionMode: given.selectionMode ?? "Normal" };
  for (const name of names) options[name] = given[name] ?? false;
  return options;
}

class ProtectionProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected loadable(): readonly string[] {
    return ["protected", "options"];
  }
  protected read(prop: string): unknown {
    const protection = this.sheet().protection;
    if (prop === "protected") return protection !== undefined;
    return excelProtectionOptions(protection?.options);
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.loaded("options");
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.setLater(() => {
      const s = this.sheet();
      if (s.protection !== undefined) throw new FakeExcelError("InvalidOperation", "already protected");
      s.protection = { password: password ?? "", options: excelProtectionOptions(options) };
    });
  }
  unprotect(password?: string): void {
    this.setLater(() => {
      const s = this.sheet();
      if (s.protection !== undefined && s.protection.password !== (password ?? "")) {
        throw new FakeExcelError("InvalidArgument", "The password you supplied is not correct");
      }
      s.protection = undefined;
    });
  }
}

/**
 * Gives a proxy class one accessor per name, all alike: the Office.js properties that differ only
 * by name (the page layout's plain settings, a footer's three sections) are written once.
 */
function alikeProperties<T>(
  proto: T,
  names: readonly string[],
  set: (self: T, name: string, value: unknown) => void,
  get?: (self: T, name: string) => unknown,
): void {
  for (const name of names)
    Object.defineProperty(proto, name, {
      configurable: true,
      set(this: T, value: unknown) {
        set(this, name, value);
      },
      ...(get === undefined
        ? {}
        : {
            get(this: T) {
              return get(this, name);
            },
          }),
    });
}

/** PageLayout settings the fake only records, as set, on the sheet's `page`. */
const PLAIN_PAGE_SETTINGS = [
  "orientation",
  "paperSize",
  "centerHorizontally",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
];

class PageLayoutProxy {
  static {
    alikeProperties(PageLayoutProxy.prototype, PLAIN_PAGE_SETTINGS, (self, name, value) => self.put(name, value));
  }
  readonly headersFooters: HeaderFooterGroupProxy;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    this.headersFooters = new HeaderFooterGroupProxy(ctx, sheet);
  }
  private put(key: string, value: unknown): void {
    this.ctx.enqueue(() => (this.sheet().page[key] = value));
  }
  /**
   * Excel.PageLayoutZoomOptions: `scale` (10–400) or pages to fit wide and tall, never both (the
   * reference: scale "can be null if fit to page tall or wide is specified", the fit values "can be
   * null if percentage scale is used"); refused as InvalidArgument, the code Microsoft's error table
   * gives for a bad argument (the exact code for this case is not documented).
   */
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.ctx.enqueue(() => {
      const fits = [v.horizontalFitToPages, v.verticalFitToPages].filter((n) => n !== undefined && n !== null);
      const scaled = v.scale !== undefined && v.scale !== null;
      if (scaled && fits.length > 0) throw new FakeExcelError("InvalidArgument", "zoom: scale and fit to pages together");
      if (scaled && !(v.scale! >= 10 && v.scale! <= 400)) throw new FakeExcelError("InvalidArgument", "zoom: scale outside 10-400");
      if (fits.some((n) => !Number.isInteger(n) || n < 0)) throw new FakeExcelError("InvalidArgument", "zoom: pages must be whole numbers");
      this.sheet().page.zoom = v;
    });
  }
  setPrintTitleRows(rows: string): void {
    this.put("printTitleRows", rows);
  }
  /** The print area (ExcelApi 1.9), or a null object when the sheet sets none. */
  getPrintAreaOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, this.sheet, () => this.sheet().printArea ?? []);
  }
}

/** Excel refuses a header or footer longer than 255 characters, counted as stored (`&L…&C…&R…`). */
export const FOOTER_LIMIT = 255;

class HeaderFooterGroupProxy extends ClientObject {
  readonly defaultForAllPages: HeaderFooterProxy;
  readonly firstPage: HeaderFooterProxy;
  readonly oddPages: HeaderFooterProxy;
  readonly evenPages: HeaderFooterProxy;
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
    this.defaultForAllPages = new HeaderFooterProxy(ctx, () => this.sheet().footers.default);
    this.firstPage = new HeaderFooterProxy(ctx, () => this.sheet().footers.first);
    this.oddPages = new HeaderFooterProxy(ctx, () => this.sheet().footers.odd);
    this.evenPages = new HeaderFooterProxy(ctx, () => this.sheet().footers.even);
  }
  protected loadable(): readonly string[] {
    return ["state"];
  }
  protected read(): unknown {
    return this.sheet().headerFooterState;
  }
  get state(): string {
    return this.loaded("state");
  }
}

const SECTION_OF = { leftFooter: "left", centerFooter: "center", rightFooter: "right" } as const;

class HeaderFooterProxy extends ClientObject {
  static {
    alikeProperties(
      HeaderFooterProxy.prototype,
      Object.keys(SECTION_OF),
      (self, name, text) => self.set(name as keyof typeof SECTION_OF, text as string),
      (self, name) => self.loaded(name),
    );
  }
  constructor(
    ctx: FakeContext,
    private readonly sections: () => FooterSections,
  ) {
    super(ctx);
  }
  protected loadable(): readonly string[] {
    return Object.keys(SECTION_OF);
  }
  protected read(prop: string): unknown {
    return this.sections()[SECTION_OF[prop as keyof typeof SECTION_OF]];
  }
  private set(prop: keyof typeof SECTION_OF, text: string): void {
    this.setLater(() => {
      const sections = this.sections();
      const next = { ...sections, [SECTION_OF[prop]]: text };
      // Each non-empty section is stored behind its two-character code: &L, &C, &R.
      const stored = [next.left, next.center, next.right].reduce((n, part) => n + (part === "" ? 0 : 2 + part.length), 0);
      if (stored > FOOTER_LIMIT) throw new FakeExcelError("InvalidArgument", `footer of ${stored} characters, more than ${FOOTER_LIMIT}`);
      Object.assign(sections, next);
    }, text);
  }
}

class RangeProxy extends ClientObject {
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;

  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
    readonly rect: () => Rect,
  ) {
    super(ctx);
    this.format = new RangeFormatProxy(ctx, this);
    this.dataValidation = new DataValidationProxy(ctx, this);
  }
  trackExistsRange(exists: () => boolean): void {
    this.trackNull(exists);
  }
  protected loadable(): readonly string[] {
    return [
      "address",
      "values",
      "valueTypes",
      "formulas",
      "numberFormat",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "rowHidden",
      "columnHidden",
    ];
  }
  /** Range.rowHidden / columnHidden: true when all are hidden, false when none is, null when some are. */
  private allHidden(hidden: ReadonlySet<number>, from: number, to: number): boolean | null {
    let count = 0;
    for (const line of hidden) if (line >= from && line <= to) count++;
    return count === 0 ? false : count === to - from + 1 ? true : null;
  }
  private grid<T>(pick: (c: FakeCell) => T): T[][] {
    const r = this.rect();
    const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
    const book = this.ctx.book;
    book.largestRangeLoad = Math.max(book.largestRangeLoad, cells);
    const s = this.sheet();
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(pick(s.cell(row, col)));
      out.push(line);
    }
    return out;
  }
  protected read(prop: string): unknown {
    const r = this.rect();
    switch (prop) {
      case "address":
        return `${quoteSheet(this.sheet().name)}!${rectAddress(r)}`;
      case "values":
        return this.grid((c) => c.value);
      case "valueTypes":
        return this.grid((c) => c.type);
      case "formulas":
        return this.grid((c) => c.formula ?? c.value);
      case "numberFormat":
        return this.grid((c) => c.numberFormat);
      case "rowIndex":
        return r.top - 1;
      case "columnIndex":
        return r.left - 1;
      case "rowCount":
        return r.bottom - r.top + 1;
      case "rowHidden":
        return this.allHidden(this.sheet().hiddenRows, r.top, r.bottom);
      case "columnHidden":
        return this.allHidden(this.sheet().hiddenColumns, r.left, r.right);
      default:
        return r.right - r.left + 1;
    }
  }
  get address(): string {
    return this.loaded("address");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowHidden(): boolean | null {
    return this.loaded("rowHidden");
  }
  get columnHidden(): boolean | null {
    return this.loaded("columnHidden");
  }

  /** Applies `write` to every cell of the range, with Office.js's rule that arrays match the range. */
  eachCell(grid: unknown[][] | undefined, write: (cell: FakeCell, v: unknown) => void): void {
    const r = this.rect();
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    if (grid !== undefined && (grid.length !== rows || grid.some((line) => line.length !== cols))) {
      throw new FakeExcelError("InvalidArgument", `array of ${grid.length} rows does not match ${rectAddress(r)}`);
    }
    const s = this.sheet();
    s.assertWritable();
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const cell = { ...s.cell(row, col), fill: { ...s.cell(row, col).fill } };
        write(cell, grid?.[row - r.top]?.[col - r.left]);
        s.put(row, col, cell);
      }
    }
  }

  private noteChange(): void {
    this.ctx.changed.push([this.sheet().id, rectAddress(this.rect())]);
  }

  set values(grid: unknown[][]) {
    this.setLater(() => {
      this.eachCell(grid, (cell, v) => {
        delete cell.formula;
        Object.assign(cell, parseTyped(v, cell.numberFormat));
      });
      this.noteChange();
    }, grid);
  }
  set formulas(grid: unknown[][]) {
    this.setLater(() => {
      this.eachCell(grid, (cell, v) => {
        delete cell.formula;
        // Into a text-formatted (@) cell even a formula is kept as text, as typed.
        Object.assign(cell, parseTyped(v, cell.numberFormat === "@" ? "@" : "General"));
        if (cell.formula !== undefined) cell.value = evaluate(cell.formula, this.ctx.book.date1904);
      });
      this.noteChange();
    }, grid);
  }
  set numberFormat(grid: unknown[][]) {
    this.setLater(() => this.eachCell(grid, (cell, v) => (cell.numberFormat = String(v))), grid);
  }
  clear(): void {
    this.setLater(() => {
      const r = this.rect();
      const s = this.sheet();
      s.assertWritable();
      for (const k of [...s.cells.keys()]) {
        const [row, col] = k.split(",").map(Number) as [number, number];
        if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) s.cells.delete(k);
      }
      this.noteChange();
    });
  }
  merge(): void {
    this.setLater(() => {
      const s = this.sheet();
      s.assertWritable();
      s.merges.push(this.rect());
    });
  }
  select(): void {
    this.setLater(() => {
      const s = this.sheet();
      if (this.ctx.book.activeSheet !== s.name) throw new FakeExcelError("InvalidSelection", "select() on a sheet that is not active");
      this.ctx.book.selection = { sheet: s.name, address: rectAddress(this.rect()) };
    });
  }
  /** The used part of this range (ExcelApi 1.4), or a null object when it holds nothing. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const usedRect = () => this.sheet().usedRect(valuesOnly === true, this.rect());
    const proxy = new RangeProxy(this.ctx, this.sheet, () => {
      const r = usedRect();
      if (r === undefined) throw new FakeExcelError("ItemNotFound", "used range of an empty range");
      return r;
    });
    proxy.trackExistsRange(() => usedRect() !== undefined);
    return proxy;
  }
  /** Each cell's fill (ExcelApi 1.9); the fake knows only `format.fill`. */
  getCellProperties(spec: { format?: { fill?: Record<string, boolean> } }): {
    readonly value: Array<Array<{ format: { fill: Partial<FakeFill> } }>>;
  } {
    const wanted = Object.keys(spec.format?.fill ?? {}).filter((k) => spec.format?.fill?.[k] === true) as Array<keyof FakeFill>;
    let result: Array<Array<{ format: { fill: Partial<FakeFill> } }>> | undefined;
    this.ctx.enqueue(() => {
      const r = this.rect();
      const s = this.sheet();
      result = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: Array<{ format: { fill: Partial<FakeFill> } }> = [];
        for (let col = r.left; col <= r.right; col++) {
          const fill = s.cell(row, col).fill;
          line.push({ format: { fill: Object.fromEntries(wanted.map((k) => [k, fill[k]])) } });
        }
        result.push(line);
      }
      this.ctx.respond("value", result);
      this.ctx.countCells((r.bottom - r.top + 1) * (r.right - r.left + 1));
    }, spec);
    return {
      get value() {
        if (result === undefined) throw new FakeExcelError("PropertyNotLoaded", "ClientResult.value read before sync()");
        return result;
      },
    };
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    const inside = (): Rect[] => {
      const r = this.rect();
      return this.sheet().merges.filter((m) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left);
    };
    // "if the merged areas count in this range is more than 512, then this method will fail to
    // return the result" (Range.getMergedAreasOrNullObject); the reference names no error code.
    this.ctx.enqueue(() => {
      const count = inside().length;
      if (count > MERGED_AREAS_LIMIT)
        throw new FakeExcelError("GeneralException", `${count} merged areas, more than ${MERGED_AREAS_LIMIT}`);
    });
    return new RangeAreasProxy(this.ctx, this.sheet, inside);
  }
}

class RangeAreasProxy extends ClientObject {
  readonly areas: AreaCollectionProxy;
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly rects: () => Rect[],
  ) {
    super(ctx);
    this.areas = new AreaCollectionProxy(ctx, sheet, rects);
    this.trackNull(() => rects().length > 0);
  }
  protected loadable(): readonly string[] {
    return ["address"];
  }
  /** "Sheet1!A1:B4, Sheet1!D1:D4": each area with its sheet (RangeAreas.address); a null object's fails. */
  protected read(): unknown {
    const rects = this.rects();
    if (rects.length === 0) throw new FakeExcelError("ItemNotFound", "no areas");
    const name = quoteSheet(this.sheet().name);
    return rects.map((r) => `${name}!${rectAddress(r)}`).join(", ");
  }
  get address(): string {
    return this.loaded("address");
  }
  protected override nav(name: string): ClientObject | undefined {
    return name === "areas" ? this.areas : undefined;
  }
}

class AreaCollectionProxy extends ClientObject {
  private list: Array<{ address: string }> | undefined;
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly rects: () => Rect[],
  ) {
    super(ctx);
  }
  protected loadable(): readonly string[] {
    return [];
  }
  protected read(): unknown {
    return undefined;
  }
  override load(spec?: string | string[]): this {
    if (!propsOf(spec).includes("items/address")) throw new Error("fake: load areas with items/address");
    this.ctx.enqueue(() => {
      const name = quoteSheet(this.sheet().name);
      this.list = this.rects().map((r) => ({ address: `${name}!${rectAddress(r)}` }));
      this.ctx.respond("items", this.list);
    });
    return this;
  }
  get items(): Array<{ address: string }> {
    if (this.list === undefined) throw new FakeExcelError("PropertyNotLoaded", "RangeCollection.items");
    return this.list;
  }
}

class RangeFormatProxy {
  readonly fill: FillProxy;
  readonly font: { bold: boolean; size: number; name: string };
  readonly borders: { getItem: (edge: string) => { style: string } };

  constructor(
    private readonly ctx: FakeContext,
    private readonly range: RangeProxy,
  ) {
    this.fill = new FillProxy(ctx, range);
    const later = (op: Op) => ctx.enqueue(op);
    this.font = {
      set bold(v: boolean) {
        later(() => range.eachCell(undefined, (c) => (c.bold = v)));
      },
      set size(_v: number) {
        later(() => range.sheet().assertWritable());
      },
      set name(_v: string) {
        later(() => range.sheet().assertWritable());
      },
    };
    this.borders = {
      getItem: (edge: string) => ({
        set style(v: string) {
          later(() => range.sheet().borders.set(`${rectAddress(range.rect())}|${edge}`, v));
        },
      }),
    };
  }
  private later(op: Op): void {
    this.ctx.enqueue(op);
  }
  set columnWidth(points: number) {
    this.later(() => {
      const r = this.range.rect();
      for (let c = r.left; c <= r.right; c++) this.range.sheet().columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.later(() => {
      const r = this.range.rect();
      for (let row = r.top; row <= r.bottom; row++) this.range.sheet().rowHeights.set(row, points);
    });
  }
  set horizontalAlignment(_v: string) {
    this.later(() => this.range.sheet().assertWritable());
  }
  set verticalAlignment(_v: string) {
    this.later(() => this.range.sheet().assertWritable());
  }
  set wrapText(_v: boolean) {
    this.later(() => this.range.sheet().assertWritable());
  }
  set shrinkToFit(_v: boolean) {
    this.later(() => this.range.sheet().assertWritable());
  }
}

class FillProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx);
  }
  protected loadable(): readonly string[] {
    return ["color", "pattern", "patternColor", "tintAndShade"];
  }
  protected read(prop: string): unknown {
    const r = this.range.rect();
    const fill = this.range.sheet().cell(r.top, r.left).fill;
    return fill[prop as keyof FakeFill];
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(v: string) {
    this.setLater(
      () =>
        this.range.eachCell(undefined, (c) => {
          c.fill.color = v.toUpperCase();
          if (c.fill.pattern === "None") c.fill.pattern = "Solid";
        }),
      v,
    );
  }
  get pattern(): string {
    return this.loaded("pattern");
  }
  set pattern(v: string) {
    this.setLater(() => {
      if (GRADIENT_PATTERNS.has(v)) throw new FakeExcelError("InvalidArgument", `RangeFill.pattern cannot be ${v}`);
      this.range.eachCell(undefined, (c) => (c.fill.pattern = v));
    }, v);
  }
  set patternTintAndShade(v: number) {
    // Absent and 0 are the same fill (0 is the default), kept absent so fills compare simply.
    this.setLater(
      () =>
        this.range.eachCell(undefined, (c) => {
          if (v === 0) delete c.fill.patternTintAndShade;
          else c.fill.patternTintAndShade = v;
        }),
      v,
    );
  }
  get patternColor(): string {
    return this.loaded("patternColor");
  }
  set patternColor(v: string) {
    this.setLater(() => this.range.eachCell(undefined, (c) => (c.fill.patternColor = v.toUpperCase())), v);
  }
  get tintAndShade(): number {
    return this.loaded("tintAndShade");
  }
  set tintAndShade(v: number) {
    this.setLater(() => this.range.eachCell(undefined, (c) => (c.fill.tintAndShade = v)), v);
  }
  clear(): void {
    this.setLater(() => this.range.eachCell(undefined, (c) => (c.fill = { ...NO_FILL })));
  }
}

/** Excel's data-validation text limits: error title 32, error text 225, prompt title 32, prompt 255. */
function limit(what: string, text: string | undefined, max: number): void {
  if (text !== undefined && text.length > max)
    throw new FakeExcelError("InvalidArgument", `${what} of ${text.length} characters, more than ${max}`);
}

class DataValidationProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: RangeProxy,
  ) {}
  private entry(): { address: string; rule?: unknown; prompt?: unknown; errorAlert?: unknown } {
    const s = this.range.sheet();
    const address = rectAddress(this.range.rect());
    let e = s.validations.find((v) => v.address === address);
    if (e === undefined) {
      e = { address };
      s.validations.push(e);
    }
    return e;
  }
  set rule(v: unknown) {
    this.ctx.enqueue(() => (this.entry().rule = v));
  }
  set prompt(v: unknown) {
    this.ctx.enqueue(() => {
      const p = v as { title?: string; message?: string };
      limit("prompt title", p.title, 32);
      limit("prompt", p.message, 255);
      this.entry().prompt = v;
    });
  }
  set errorAlert(v: unknown) {
    this.ctx.enqueue(() => {
      const e = v as { title?: string; message?: string };
      limit("error title", e.title, 32);
      limit("error message", e.message, 225);
      this.entry().errorAlert = v;
    });
  }
}
