import { FOOTER_PAGES, type FooterPages, type SheetFooters } from "../core/seal/footer";
import type { OfficeEnv } from "./env";

/** The page groups each Excel.HeaderFooterState prints with (ExcelApi 1.9). */
const PAGES_OF_STATE: Readonly<Record<string, readonly FooterPages[]>> = {
  Default: ["default"],
  FirstAndDefault: ["first", "default"],
  OddAndEven: ["odd", "even"],
  FirstOddAndEven: ["first", "odd", "even"],
};

function groupOf(headersFooters: Excel.HeaderFooterGroup, pages: FooterPages): Excel.HeaderFooter {
  switch (pages) {
    case "default":
      return headersFooters.defaultForAllPages;
    case "first":
      return headersFooters.firstPage;
    case "odd":
      return headersFooters.oddPages;
    case "even":
      return headersFooters.evenPages;
  }
}

/** The footers of the page groups the sheet prints with (one sync). */
export async function readFooters(env: OfficeEnv, sheet: string): Promise<SheetFooters> {
  return env.run(async (context) => {
    const headersFooters = context.workbook.worksheets.getItem(sheet).pageLayout.headersFooters;
    headersFooters.load("state");
    const groups = FOOTER_PAGES.map((pages) => ({
      pages,
      group: groupOf(headersFooters, pages).load("leftFooter,centerFooter,rightFooter"),
    }));
    await context.sync();
    const used = PAGES_OF_STATE[headersFooters.state] ?? ["default"];
    const footers: SheetFooters = {};
    for (const { pages, group } of groups) {
      if (used.includes(pages)) footers[pages] = { left: group.leftFooter, center: group.centerFooter, right: group.rightFooter };
    }
    return footers;
  });
}

/**
 * Writes the footers of the given page groups (one sync). Excel refuses a section that makes its
 * footer longer than 255 characters, so every section is emptied before the new ones are set: a
 * longer seal on the left never meets the clerk's long centre that is about to give way.
 */
export async function writeFooters(env: OfficeEnv, sheet: string, footers: SheetFooters): Promise<void> {
  await env.run(async (context) => {
    const headersFooters = context.workbook.worksheets.getItem(sheet).pageLayout.headersFooters;
    for (const pages of FOOTER_PAGES) {
      const sections = footers[pages];
      if (sections === undefined) continue;
      const group = groupOf(headersFooters, pages);
      group.leftFooter = "";
      group.centerFooter = "";
      group.rightFooter = "";
      group.leftFooter = sections.left;
      group.centerFooter = sections.center;
      group.rightFooter = sections.right;
    }
    await context.sync();
  });
}
