import { readWorkbookBytes } from "../../../src/xlsx/readBytes";

/**
 * A page with nothing but the shared reader, built by the web page's webpack configuration: what
 * `readWorkbookBytes` makes of a file in the browser, as JSON the test compares with Node's reading.
 */
declare global {
  interface Window {
    readBytesAsJson(base64: string, name: string, password?: string): Promise<string>;
  }
}

window.readBytesAsJson = async (base64, name, password) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  try {
    return JSON.stringify({ read: await readWorkbookBytes(bytes, name, {}, password) });
  } catch (e) {
    const { name: error, kind, message } = e as Error & { kind?: string };
    return JSON.stringify({ error, kind, message });
  }
};
