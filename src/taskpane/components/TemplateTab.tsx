import { Button, Dropdown, Field, Input, Option, Text } from "@fluentui/react-components";
import type React from "react";
import { useMemo } from "react";
import { listRegions } from "../../core/reference";
import type { TemplateDraft } from "../state/paneState";
import { useAreaStyles } from "./styles";
import { usePane } from "./usePane";

/** 模板: the form's year and header block, then a new sheet with the Annex 3 form. */
export const TemplateTab: React.FC = () => {
  const { pane, state, t } = usePane();
  const styles = useAreaStyles();
  const regions = useMemo(() => listRegions(), []);
  const draft = state.template;
  const selected = regions.find((r) => r.code === draft.regionCode);
  const edit = (field: keyof TemplateDraft) => (_: unknown, data: { value: string }) => pane.editTemplate(field, data.value);

  return (
    <form
      className={styles.area}
      onSubmit={(e) => {
        e.preventDefault();
        void pane.createForm();
      }}
    >
      <Text className={styles.muted}>{t.template.intro}</Text>
      <Field label={t.template.year} required>
        <Input inputMode="numeric" maxLength={4} value={draft.year} onChange={edit("year")} />
      </Field>
      <Field label={t.template.region} required>
        <Dropdown
          placeholder={t.template.regionPlaceholder}
          value={selected?.name ?? ""}
          selectedOptions={selected === undefined ? [] : [selected.code]}
          onOptionSelect={(_, data) => pane.editTemplate("regionCode", data.optionValue ?? "")}
        >
          {regions.map((r) => (
            <Option key={r.code} value={r.code}>
              {r.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.template.unit}>
        <Input placeholder={t.template.unitPlaceholder} value={draft.unit} onChange={edit("unit")} />
      </Field>
      <Field label={t.template.filler}>
        <Input value={draft.filler} onChange={edit("filler")} />
      </Field>
      <Field label={t.template.phone}>
        <Input type="tel" value={draft.phone} onChange={edit("phone")} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={state.task !== undefined}>
          {t.template.create}
        </Button>
      </div>
    </form>
  );
};
