import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import type React from "react";
import type { Lang } from "../../core/issues/lang";

const TEXT: Readonly<Record<Lang, { title: string; body: string; noOfficeJs: (url: string) => string }>> = {
  zh: {
    title: "请在 Excel 中打开",
    body: "质量标杆推荐助手是 Excel 加载项。在浏览器中试用请打开 /preview.html。",
    noOfficeJs: (url) =>
      `无法从 ${url} 加载 Office.js。请检查网络；世纪互联运营的 Office 365 用户请使用 21Vianet 版本（见 README）。不在 Excel 中时，在浏览器中试用请打开 /preview.html。`,
  },
  en: {
    title: "Open this in Excel",
    body: "Quality Benchmark Assistant is an Excel add-in. To try it in a browser, open /preview.html.",
    noOfficeJs: (url) =>
      `Office.js could not be loaded from ${url}. Check the network; tenants of Office 365 operated by 21Vianet need the 21Vianet build (see the README). Outside Excel, open /preview.html to try it in a browser.`,
  },
};

/**
 * What the page shows outside Excel (a browser tab, another Office app) — or, when Office.js
 * itself is missing (`officeJsUrl` given), that it could not be loaded from that address, since
 * the page cannot then tell whether it runs in Excel.
 */
export const OutsideExcel: React.FC<{ readonly lang: Lang; readonly officeJsUrl?: string }> = ({ lang, officeJsUrl }) => (
  <FluentProvider theme={webLightTheme}>
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {officeJsUrl === undefined ? (
          <>
            <MessageBarTitle>{TEXT[lang].title}</MessageBarTitle>
            {TEXT[lang].body}
          </>
        ) : (
          TEXT[lang].noOfficeJs(officeJsUrl)
        )}
      </MessageBarBody>
    </MessageBar>
  </FluentProvider>
);
