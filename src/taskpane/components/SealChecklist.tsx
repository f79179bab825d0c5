import { makeStyles, tokens } from "@fluentui/react-components";
import type React from "react";
import type { SealReadiness } from "../../core/seal";
import { usePane } from "./usePane";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  no: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The seal's preconditions (docs/seal.md#preconditions), each ticked or crossed, with the reason when crossed. */
export const SealChecklist: React.FC<{ readonly readiness: SealReadiness }> = ({ readiness }) => {
  const { state, t } = usePane();
  const styles = useStyles();
  const blocked = (kind: SealReadiness["blockers"][number]["kind"]) => readiness.blockers.filter((b) => b.kind === kind);
  const quotaText = blocked("quota")
    .map((b) => (b.kind === "quota" ? `${b.label} ${b.used}/${b.limit}` : ""))
    .join("；");
  const errors = blocked("errors")[0];
  const unconfirmed = blocked("warnings-unconfirmed")[0];
  const items = [
    { key: "errors", label: t.seal.noErrors, ok: errors === undefined, detail: errors?.kind === "errors" ? String(errors.count) : "" },
    { key: "quota", label: t.seal.quotaMet, ok: quotaText === "", detail: quotaText },
    { key: "header", label: t.seal.headerComplete, ok: blocked("header-incomplete").length === 0, detail: "" },
    {
      key: "warnings",
      label: t.seal.warningsConfirmed,
      ok: unconfirmed === undefined,
      detail: unconfirmed?.kind === "warnings-unconfirmed" ? String(unconfirmed.count) : "",
    },
  ];
  return (
    <ul className={styles.list} aria-label={t.seal.checklist}>
      {items.map((item) => (
        <li
          key={item.key}
          className={styles.item}
          aria-label={`${item.label}: ${item.ok ? "✓" : "✗"}`}
          lang={state.lang === "zh" ? "zh-CN" : "en"}
        >
          <span className={item.ok ? styles.ok : styles.no} aria-hidden>
            {item.ok ? "✓" : "✗"}
          </span>
          <span>
            {item.label}
            {item.detail === "" ? "" : `（${item.detail}）`}
          </span>
        </li>
      ))}
    </ul>
  );
};
