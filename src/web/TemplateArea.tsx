import { Button, Field, Input, Text } from "@fluentui/react-components";
import { useState } from "react";
import { download, loadEngine } from "./engine";
import type { Strings } from "./strings";
import { useAreaStyles } from "./styles";

/** 生成模板: year and unit → the Annex 3 template, the same workbook as `qbench template`. */
export const TemplateArea: React.FC<{ t: Strings }> = ({ t }) => {
  const styles = useAreaStyles();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [unit, setUnit] = useState("");
  const [busy, setBusy] = useState(false);
  const make = async (): Promise<void> => {
    setBusy(true);
    try {
      const engine = await loadEngine();
      const y = Number(year);
      download(await engine.templateBlob({ year: y, ...(unit.trim() ? { unit: unit.trim() } : {}) }), `附件3-申报企业统计表-${y}.xlsx`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.area}>
      <div className={styles.row}>
        <Field label={t.year}>
          <Input data-testid="template-year" type="number" value={year} onChange={(_e, d) => setYear(d.value)} />
        </Field>
        <Field label={t.unit}>
          <Input data-testid="template-unit" value={unit} onChange={(_e, d) => setUnit(d.value)} style={{ minWidth: 280 }} />
        </Field>
        <Button appearance="primary" disabled={busy || !/^\d{4}$/.test(year)} onClick={() => void make()}>
          {t.downloadTemplate}
        </Button>
      </div>
      <Text className={styles.muted}>{t.templateHint}</Text>
    </div>
  );
};
