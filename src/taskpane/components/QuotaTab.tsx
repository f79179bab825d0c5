import { Button, Field, Input, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type React from "react";
import type { QuotaDraft } from "../state/quotaDraft";
import { QuotaUsageList } from "./QuotaUsageList";
import { useAreaStyles } from "./styles";
import { usePane } from "./usePane";

const useStyles = makeStyles({
  pair: { display: "grid", gridTemplateColumns: "1fr 80px auto", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS, padding: 0 },
});

type ListKey = "cities" | "sections";

/** 名额: the unit's quota kept in the workbook, and its live usage. */
export const QuotaTab: React.FC = () => {
  const { pane, state, t } = usePane();
  const area = useAreaStyles();
  const styles = useStyles();
  const draft = state.quotaDraft;
  const busy = state.task !== undefined;
  const set = (next: Partial<QuotaDraft>) => pane.editQuota({ ...draft, ...next });

  const list = (key: ListKey, legend: string, nameLabel: string) => {
    const rows =
      key === "cities"
        ? draft.cities.map((r) => ({ name: r.city, limit: r.limit }))
        : draft.sections.map((r) => ({ name: r.section, limit: r.limit }));
    const write = (next: Array<{ name: string; limit: string }>) =>
      set(
        key === "cities"
          ? { cities: next.map((r) => ({ city: r.name, limit: r.limit })) }
          : { sections: next.map((r) => ({ section: r.name, limit: r.limit })) },
      );
    return (
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{legend}</legend>
        {rows.map((row, i) => (
          <div className={styles.pair} key={i}>
            <Input
              aria-label={`${nameLabel} ${i + 1}`}
              value={row.name}
              onChange={(_, d) => write(rows.map((r, j) => (j === i ? { ...r, name: d.value } : r)))}
            />
            <Input
              aria-label={`${t.quota.limit} ${i + 1}`}
              inputMode="numeric"
              value={row.limit}
              onChange={(_, d) => write(rows.map((r, j) => (j === i ? { ...r, limit: d.value } : r)))}
            />
            <Button
              appearance="subtle"
              aria-label={`${t.quota.remove} ${nameLabel} ${i + 1}`}
              onClick={() => write(rows.filter((_, j) => j !== i))}
            >
              {t.quota.remove}
            </Button>
          </div>
        ))}
        <div>
          <Button size="small" aria-label={`${t.quota.add}: ${legend}`} onClick={() => write([...rows, { name: "", limit: "" }])}>
            {t.quota.add}
          </Button>
        </div>
      </fieldset>
    );
  };

  return (
    <div className={area.area}>
      <Text className={area.muted}>{t.quota.intro}</Text>
      <section className={mergeClasses(area.area, area.flush)} aria-label={t.quota.usage}>
        <h3 className={area.heading}>{t.quota.usage}</h3>
        <QuotaUsageList />
      </section>
      <form
        className={mergeClasses(area.area, area.flush)}
        onSubmit={(e) => {
          e.preventDefault();
          void pane.saveQuota();
        }}
      >
        <Field label={t.quota.total}>
          <Input inputMode="numeric" value={draft.total} onChange={(_, d) => set({ total: d.value })} />
        </Field>
        <Field label={t.quota.earlier}>
          <Input inputMode="numeric" value={draft.earlier} onChange={(_, d) => set({ earlier: d.value })} />
        </Field>
        {list("cities", t.quota.perCity, t.quota.city)}
        {list("sections", t.quota.perSection, t.quota.section)}
        <div className={area.row}>
          <Button appearance="primary" type="submit" disabled={busy}>
            {t.quota.save}
          </Button>
        </div>
      </form>
    </div>
  );
};
