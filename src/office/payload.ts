/**
 * What one `context.sync()` may carry. Excel on the web refuses a request or a response above
 * 5 MB (RichApi errors `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`),
 * so every operation estimates what it queues and syncs before a batch would pass the budget.
 * The budget keeps a fifth of the limit in reserve (whether "MB" means 10⁶ or 2²⁰ bytes) for the
 * protocol's envelope and for cells longer than the estimates below.
 */
export const SYNC_PAYLOAD_BUDGET = 4_000_000;

/**
 * Response bytes per cell of `values`. The example forms' data rows measure 17.7 bytes a cell as
 * UTF-8 JSON (names in Chinese at 3 bytes a character, amounts, phone numbers, empty remarks);
 * 26 covers rows with 20-character names and 40-character experience titles.
 */
export const VALUES_BYTES_PER_CELL = 26;

/**
 * Response bytes per cell of `valueTypes` and `numberFormat` together: `"String",` and
 * `"General",` are 19 bytes, `"#,##0.00",` one more; 22 leaves room for date formats.
 */
export const META_BYTES_PER_CELL = 22;

/**
 * Request bytes of one command on one range in Office.js's JSON protocol: the object paths
 * (worksheet, range with its address, format, fill), the instantiate action and the action itself
 * with its arguments — about 300 bytes when written out with the protocol's field names (an
 * estimate, not a measurement in Excel), rounded up.
 */
export const RANGE_COMMAND_BYTES = 400;

/** Response bytes of one cell's fill from `getCellProperties` (`{"format":{"fill":{…}}}`). */
export const FILL_BYTES_PER_CELL = 120;

/**
 * Response bytes of one cell read before a write (values, value types, formulas, number format
 * with the object's envelope); longer texts are rare in a single edited cell.
 */
export const CELL_READ_BYTES = 250;

/** What a queued command costs in the request and in the response. */
export interface Payload {
  readonly request: number;
  readonly response: number;
}

/** UTF-8 length of a text, the unit the payload limit is measured in. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Splits items, in order, into groups whose summed request and response each stay within the
 * budget; an item larger than the budget travels alone. One group is one sync.
 */
export function packByBudget<T>(items: readonly T[], cost: (item: T) => Payload, budget = SYNC_PAYLOAD_BUDGET): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let request = 0;
  let response = 0;
  for (const item of items) {
    const c = cost(item);
    if (group.length > 0 && (request + c.request > budget || response + c.response > budget)) {
      groups.push(group);
      group = [];
      request = 0;
      response = 0;
    }
    group.push(item);
    request += c.request;
    response += c.response;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Excel refused a sync for its size: the caller may retry the work in smaller parts. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
