import { regionByName } from "../../../core/reference";
import { templateLayout } from "../../../core/template/buildLayout";
import type { PaneSession } from "../paneSession";
import type { TemplateDraft } from "../paneState";

/** The template tab: the clerk's fields, and a new form sheet made from them. */
export function templateFlow(session: PaneSession) {
  return {
    editTemplate(field: keyof TemplateDraft, value: string): void {
      session.dispatch({ type: "template", field, value });
    },

    /** Creates the form and remembers its year, region and unit in the store. */
    createForm(): Promise<void> {
      return session.run("create", async () => {
        const t = session.t.template;
        const draft = session.getState().template;
        const year = Number(draft.year);
        if (!/^\d{4}$/.test(draft.year.trim()) || year < 1900) throw new Error(t.yearInvalid);
        const region = regionByName(draft.regionCode);
        if (region === undefined) throw new Error(t.regionRequired);
        const text = (s: string) => (s.trim() === "" ? undefined : s.trim());
        const unit = text(draft.unit);
        const filler = text(draft.filler);
        const phone = text(draft.phone);
        const layout = templateLayout({
          year,
          region,
          ...(unit === undefined ? {} : { unit }),
          ...(filler === undefined ? {} : { filler }),
          ...(phone === undefined ? {} : { phone }),
        });
        const sheet = await session.adapter.createFormSheet(layout);
        const store = session.getState().store;
        await session.saveStore({
          ...store,
          settings: { ...store.settings, year, region: region.code, ...(unit === undefined ? {} : { unit }) },
        });
        return { notice: t.created(sheet), refresh: "live" };
      });
    },
  };
}
