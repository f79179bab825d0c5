/** The engine chunk (exceljs, readers, checks), fetched the first time a file is dropped or made. */
export function loadEngine(): Promise<typeof import("./engine/index")> {
  return import(/* webpackChunkName: "web-engine" */ "./engine/index");
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function bytesOf(file: File): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
