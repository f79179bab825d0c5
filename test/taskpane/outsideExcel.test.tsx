/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { OutsideExcel } from "../../src/taskpane/components/OutsideExcel";

const VIANET = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";

describe("the page outside Excel", () => {
  it("says Office.js could not be loaded from its address when Office.js is missing", () => {
    render(<OutsideExcel lang="en" officeJsUrl={VIANET} />);
    expect(screen.getByText(new RegExp(`Office.js could not be loaded from ${VIANET.replace(/\./g, "\\.")}`))).toBeInTheDocument();
    expect(screen.queryByText("Open this in Excel")).not.toBeInTheDocument();
  });

  it("asks to open it in Excel when Office.js is there but the host is not Excel", () => {
    render(<OutsideExcel lang="zh" />);
    expect(screen.getByText("请在 Excel 中打开")).toBeInTheDocument();
  });
});
