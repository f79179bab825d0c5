import { webcrypto } from "node:crypto";
import { TextDecoder, TextEncoder } from "node:util";
import { act, fireEvent, render, waitFor, type RenderResult } from "@testing-library/react";
import type { Lang } from "../../src/core/issues/lang";
import { TaskPane } from "../../src/taskpane/TaskPane";
import type { WorkbookAdapter } from "../../src/core/workbook";
import { TODAY } from "./paneFixtures";

/** jsdom leaves out the Web Crypto digest and TextEncoder the seal uses; the browser and Node have both. */
if (globalThis.crypto?.subtle === undefined) Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder, TextDecoder });

/** jsdom lays nothing out, so it has no ResizeObserver; Fluent's tabs and popovers only need it to exist. */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: NoLayoutResizeObserver, configurable: true, writable: true });
}

/** Renders the pane over the adapter and waits until its first reading of the workbook is done. */
export async function renderPane(adapter: WorkbookAdapter, lang: Lang = "zh", debounceMs = 400): Promise<RenderResult> {
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<TaskPane adapter={adapter} lang={lang} today={() => TODAY} debounceMs={debounceMs} />);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return result!;
}

const BUSY_BAR = '[role="progressbar"][aria-label="正在处理……"], [role="progressbar"][aria-label="Working…"]';

/** Clicks and waits until the task the click started has finished (the busy bar is gone). */
export async function clickAndSettle(element: HTMLElement): Promise<void> {
  act(() => {
    fireEvent.click(element);
  });
  await waitFor(
    () => {
      if (document.querySelector(BUSY_BAR) !== null) throw new Error("still working");
    },
    { timeout: 10_000 },
  );
}
