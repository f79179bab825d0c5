import { SaxesParser } from "saxes";
import { Unreadable } from "./unreadable";

/** An element's attributes by their qualified names, as the part spells them. */
export type XmlAttributes = Readonly<Record<string, string>>;

/**
 * What a part reader hears, with element names stripped of any namespace prefix: a SpreadsheetML
 * part may be written with a prefix (`<x:c>`), by Strict Open XML tools under other namespace URIs,
 * and the element names are the same in every case.
 */
export interface XmlPartHandler {
  open(name: string, attributes: XmlAttributes): void;
  text?(text: string): void;
  close?(name: string): void;
}

export interface XmlLimits {
  /** Deeper nesting than any SpreadsheetML part has is refused before saxes stacks it up. */
  readonly maxDepth: number;
  /** Characters one workbook's parts may hold in all, counted as they inflate (not as the zip claims). */
  readonly maxChars: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 64, maxChars: 400 * 1024 * 1024 };

/** An element's or attribute's name without its namespace prefix (`x:c` → `c`). */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** A namespaced attribute (`r:id` under whatever prefix the part chose), or a plain one. */
export function prefixedAttribute(attributes: XmlAttributes, local: string): string | undefined {
  for (const key in attributes) if (key.endsWith(`:${local}`)) return attributes[key];
  return undefined;
}

/** Counts the characters a workbook's parts inflate to, across all of its parts. */
export class CharBudget {
  private used = 0;
  constructor(private readonly limits: XmlLimits = DEFAULT_XML_LIMITS) {}

  get maxDepth(): number {
    return this.limits.maxDepth;
  }

  spend(chars: number): void {
    this.used += chars;
    if (this.used > this.limits.maxChars) {
      const mb = Math.round(this.limits.maxChars / 1024 / 1024);
      throw new Unreadable(
        "too-large",
        `解压后的内容超过 ${mb} MB，疑似压缩炸弹或异常巨大的文件，已拒绝读取`,
        `its parts inflate to more than ${mb} MB (a zip bomb or an enormous file); refused`,
      );
    }
  }
}

function tooDeep(depth: number): Unreadable {
  return new Unreadable(
    "corrupt",
    `文件已损坏：XML 嵌套超过 ${depth} 层，不是正常的工作簿内容`,
    `the file is damaged: its XML nests deeper than ${depth} levels, which no workbook does`,
  );
}

/**
 * One pass of saxes over a part's text as it inflates. The first XML error or refusal stops the
 * reading, so a damaged part costs no more than the text before the damage.
 */
export async function readXmlPart(chunks: AsyncIterable<string>, handler: XmlPartHandler, budget: CharBudget): Promise<void> {
  const parser = new SaxesParser({ position: false });
  let failure: Error | undefined;
  let depth = 0;
  const maxDepth = budget.maxDepth;
  // XML that is not well-formed is the file's damage, whatever saxes calls it.
  parser.on("error", (e) => {
    failure ??= new Unreadable(
      "corrupt",
      `文件已损坏，内容无法解析（${e.message}）`,
      `the file is damaged and cannot be parsed (${e.message})`,
    );
  });
  parser.on("opentag", (node) => {
    if (failure !== undefined) return;
    try {
      if (++depth > maxDepth) throw tooDeep(maxDepth);
      handler.open(localName(node.name), node.attributes as XmlAttributes);
    } catch (e) {
      failure = e instanceof Error ? e : new Error(String(e));
    }
  });
  const text = handler.text?.bind(handler);
  if (text !== undefined) {
    parser.on("text", (t) => {
      if (failure === undefined) text(t);
    });
    parser.on("cdata", (t) => {
      if (failure === undefined) text(t);
    });
  }
  const close = handler.close?.bind(handler);
  // saxes closes a self-closing tag at once, so depth counts every tag alike.
  parser.on("closetag", (node) => {
    depth--;
    if (failure !== undefined) return;
    try {
      close?.(localName(node.name));
    } catch (e) {
      failure = e instanceof Error ? e : new Error(String(e));
    }
  });
  for await (const chunk of chunks) {
    budget.spend(chunk.length);
    parser.write(chunk);
    if (failure !== undefined) throw failure;
  }
  parser.close();
  if (failure !== undefined) throw failure;
}
