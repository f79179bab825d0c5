import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { defaultFormYear } from "../core/form/formSpec";
import type { Lang } from "../core/issues/lang";
import { regionByName, type Region } from "../core/reference";
import { printCheck, runCheck } from "./check";
import { visible, visibleLines } from "./terminalText";
import { UsageError } from "./usage";
import { runVerify } from "./verify";
import { toolVersion } from "./version";

function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2000 || year > 2100)
    throw new InvalidArgumentError("年份应为四位数字，如 2021 / a four-digit year such as 2021");
  return year;
}

function parseRegion(text: string): Region {
  const region = regionByName(text);
  if (region === undefined) {
    throw new InvalidArgumentError(
      `无法识别的地区“${text}”（如 浙江省、宁波市、兵团、全国）/ unknown region (e.g. 浙江省, 宁波市, 兵团, 全国)`,
    );
  }
  return region;
}

function parseDay(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (d === undefined || Number.isNaN(d.getTime())) throw new InvalidArgumentError("日期应为 YYYY-MM-DD / a date as YYYY-MM-DD");
  return d;
}

const langOption = () => new Option("--lang <lang>", "语言 zh|en / language").choices(["zh", "en"]).default("zh");
const forceOption = () =>
  new Option(
    "--force",
    "覆盖已存在的输出文件（从不覆盖输入文件或只读文件）/ replace an existing output (never an input or a read-only file)",
  ).default(false);
const todayOption = () =>
  new Option("--today <date>", "以此日期为“今天”（YYYY-MM-DD，用于复现报告）/ treat this day as today").argParser(parseDay);

/** The lines of `seal` and `verify`, each carrying workbook text, with their control characters made visible. */
function printLines(lines: readonly string[]): void {
  process.stdout.write(`${lines.map(visible).join("\n")}\n`);
}

/** Runs the command line and returns its exit status (docs/domain/reports.md#exit-status: 0 clean, 1 errors in the data, 2 bad usage or unreadable input). */
export async function runCli(argv: readonly string[]): Promise<number> {
  let status = 0;
  const program = new Command()
    .name("qbench")
    .description("质量标杆推荐助手：附件3 申报企业统计表的模板、审核、封存 / Annex 3 form: template, check, seal")
    .version(toolVersion())
    .exitOverride()
    // Commander's errors echo the arguments (an unknown option, a rejected value) as typed.
    .configureOutput({ writeErr: (s) => process.stderr.write(visibleLines(s)) });

  program
    .command("template")
    .description("生成空白的申报企业统计表 / write a blank Annex 3 workbook")
    .option("--year <year>", "年份（默认今年）/ year (default: this year)", parseYear)
    .option("--region <region>", "所在市下拉列表的地区 / region of the city dropdown", parseRegion)
    .option("--unit <unit>", "推荐单位 / recommending unit")
    .option("--filler <name>", "填报人 / filled in by")
    .option("--phone <phone>", "联系电话 / phone")
    .option("-o, --out <file>", "输出文件 / output file")
    .addOption(forceOption())
    .action(async (o: { year?: number; region?: Region; unit?: string; filler?: string; phone?: string; out?: string; force: boolean }) => {
      // exceljs (about a second to load) only for the commands that write workbooks.
      const { runTemplate } = await import("./template");
      const out = await runTemplate({ ...o, year: o.year ?? defaultFormYear() });
      process.stdout.write(`${visible(out)}\n`);
    });

  program
    .command("check")
    .description("审核报送的工作簿（文件或文件夹）/ check incoming workbooks (files or folders)")
    .argument("<paths...>", "文件或文件夹 / files or folders")
    .option(
      "--year <year>",
      "应为哪一年的表（默认：多数文件标题中的年份，否则今年）/ expected year (default: the year most titles name, else this year)",
      parseYear,
    )
    .option("--region <region>", "所有文件按此地区核对所在市（默认按各表的推荐单位）/ region for every file", parseRegion)
    .option("--quota <file>", "名额表（.json 或 .xlsx：推荐单位 | 名额）/ quota table")
    .option("--require-seal", "未封存按错误处理 / an unsealed file is an error", false)
    .option("--json", "输出 JSON 报告 / print the JSON report", false)
    .option("--report <file>", "另存 .xlsx 报告（问题清单、企业汇总）/ also write an .xlsx report")
    .option("--password <password>", "加密工作簿的打开密码 / the open password of encrypted workbooks")
    .addOption(forceOption())
    .addOption(langOption())
    .addOption(todayOption())
    .action(
      async (
        paths: string[],
        o: {
          year?: number;
          region?: Region;
          quota?: string;
          requireSeal: boolean;
          json: boolean;
          report?: string;
          force: boolean;
          lang: Lang;
          today?: Date;
          password?: string;
        },
      ) => {
        const result = await runCheck(paths, { ...o, today: o.today ?? new Date() });
        printCheck(result, o.json);
        status = result.status;
      },
    );

  program
    .command("seal")
    .description("封存已填好的表（无错误、名额内、提示已确认）/ seal a finished form")
    .argument("<file>", "工作簿 / workbook")
    .requiredOption("--unit <unit>", "推荐单位 / recommending unit")
    .requiredOption("--by <name>", "封存人 / sealed by")
    .option(
      "--password <password>",
      "加密工作簿的打开密码（封存后的文件用它重新加密）/ the workbook's open password (the sealed file is encrypted with it again)",
    )
    .option("--sheet-password <password>", "工作表保护密码 / sheet protection password")
    .option("--confirm-warnings", "确认所有提示，并记入封存记录 / confirm every warning (recorded in the seal)", false)
    .option("--year <year>", "表的年份（默认取标题年份）/ the form's year (default: its title's)", parseYear)
    .option("--region <region>", "地区 / region", parseRegion)
    .option("-o, --out <file>", "另存为（默认改写原文件）/ write here instead of in place")
    .option("--force", "-o 的文件已存在时替换它（从不替换被封存的文件）/ let -o replace an existing file", false)
    .addOption(langOption())
    .addOption(todayOption())
    .action(
      async (
        file: string,
        o: {
          unit: string;
          by: string;
          password?: string;
          sheetPassword?: string;
          confirmWarnings: boolean;
          year?: number;
          region?: Region;
          out?: string;
          force: boolean;
          lang: Lang;
          today?: Date;
        },
      ) => {
        const { runSeal } = await import("./seal");
        const outcome = await runSeal(file, { ...o, today: o.today ?? new Date() });
        printLines(outcome.lines);
        status = outcome.status;
      },
    );

  program
    .command("unseal")
    .description("解除封存：取消工作表保护、恢复页脚、删除封存记录 / unseal: unprotect, restore the footer, drop the seal record")
    .argument("<file>", "工作簿 / workbook")
    .option("-o, --out <file>", "另存为（默认改写原文件）/ write here instead of in place")
    .option("--force", "-o 的文件已存在时替换它（从不替换被解除封存的文件）/ let -o replace an existing file", false)
    .option(
      "--password <password>",
      "加密工作簿的打开密码（解除封存后的文件用它重新加密）/ the workbook's open password (the result is encrypted with it again)",
    )
    .addOption(langOption())
    .action(async (file: string, o: { out?: string; force: boolean; lang: Lang; password?: string }) => {
      const { runUnseal } = await import("./unseal");
      const outcome = await runUnseal(file, o);
      printLines(outcome.lines);
      status = outcome.status;
    });

  program
    .command("verify")
    .description("核对封存：有效或已破坏（列出改动的单元格）/ verify the seal")
    .argument("<file>", "工作簿 / workbook")
    .option("--code <code>", "盖章纸质表上的封存码 / the seal code printed on the stamped paper")
    .option("--password <password>", "加密工作簿的打开密码 / the open password of an encrypted workbook")
    .addOption(langOption())
    .action(async (file: string, o: { lang: Lang; code?: string; password?: string }) => {
      const outcome = await runVerify(file, o.lang, o.code, o.password);
      printLines(outcome.lines);
      status = outcome.status;
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help" ? 0 : 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`qbench: ${visible(e.zh)}\nqbench: ${visible(e.en)}\n`);
      return 2;
    }
    process.stderr.write(`qbench: ${visibleLines(e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`);
    return 2;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
