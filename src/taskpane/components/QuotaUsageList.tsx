import { Field, ProgressBar, Text } from "@fluentui/react-components";
import type React from "react";
import { useAreaStyles } from "./styles";
import { usePane } from "./usePane";

/** Used / limit for every limit of the stored quota; follows the sheet as the clerk types. */
export const QuotaUsageList: React.FC = () => {
  const { state, t } = usePane();
  const styles = useAreaStyles();
  const analysis = state.analysis;
  if (state.store.quota === undefined) return <Text className={styles.muted}>{t.quota.noQuota}</Text>;
  if (analysis?.form === undefined) return <Text className={styles.muted}>{t.quota.noForm}</Text>;
  const usage = analysis.quota?.usage ?? [];
  return (
    <>
      {usage.map((u) => {
        const over = u.used > u.limit;
        const label = state.lang === "zh" ? u.label : u.labelEn;
        const text = `${t.quota.used(u.used, u.limit)}${over ? ` · ${t.quota.over}` : ""}`;
        return (
          <Field key={`${u.kind}-${u.key ?? ""}`} label={label} validationState={over ? "error" : "none"} validationMessage={text}>
            <ProgressBar
              value={Math.min(u.used, Math.max(u.limit, 1))}
              max={Math.max(u.limit, 1)}
              color={over ? "error" : "brand"}
              thickness="large"
            />
          </Field>
        );
      })}
    </>
  );
};
