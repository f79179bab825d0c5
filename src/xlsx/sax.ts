import { SaxesParser } from "saxes";

export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The local part of a tag name: some writers prefix the spreadsheet namespace (`x:c`). */
function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** Streams XML text through saxes, calling the handlers with local tag names. */
export async function parseXml(chunks: AsyncIterable<string> | Iterable<string>, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.on("opentag", (node) => {
    handlers.open(local(node.name), node.attributes as Record<string, string>, node.isSelfClosing);
    if (node.isSelfClosing) handlers.close?.(local(node.name));
  });
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (node) => {
      if (!node.isSelfClosing) close(local(node.name));
    });
  }
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (failure) throw failure;
  }
  parser.close();
  if (failure) throw failure;
}

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (ST_Xstring). */
export function decodeXstring(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
