import { sendTestResults } from "office-addin-test-helpers";
import { runExcelChecks } from "./excelChecks";

/** The test task pane: runs the checks once Office is ready and posts them to the test server. */
void Office.onReady(async () => {
  const results = await runExcelChecks();
  await sendTestResults(Object.fromEntries(results.map(([name, passed, detail]) => [name, { passed, detail }])));
});
