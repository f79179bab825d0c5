import { sealReadinessOf } from "../../../core/analysis";
import { createSealRecord, sealCodeOf, sealedFooters, toConfirmedWarning, unsealedFooters, type SealReadiness } from "../../../core/seal";
import type { WorkbookStore } from "../../../core/storage";
import type { PaneSession } from "../paneSession";

/** Readings a seal check makes before it settles for the latest, while the clerk keeps typing. */
const MAX_READS = 3;

/** The seal tab: the checklist, sealing and protecting the form, checking the seal, and unsealing. */
export function sealFlow(session: PaneSession) {
  /** The seal's preconditions (docs/seal.md#preconditions) for the latest analysis and the clerk's confirmations. */
  const readiness = (): SealReadiness | undefined => {
    const { analysis, confirmed } = session.getState();
    return analysis === undefined ? undefined : sealReadinessOf(analysis, confirmed);
  };
  return {
    readiness,

    confirmWarning(key: string, confirmed: boolean): void {
      session.dispatch({ type: "confirm", key, confirmed });
    },

    setSealedBy(name: string): void {
      session.dispatch({ type: "sealed-by", name });
    },

    /** Re-reads the workbook first, so that what is sealed is what the sheet holds now. */
    seal(password: string): Promise<void> {
      return session.run("seal", async () => {
        const t = session.t.seal;
        const sealedBy = session.getState().sealedBy.trim();
        if (sealedBy === "") throw new Error(t.sealedByRequired);
        const store = await session.loadStore();
        const analysis = await session.refresh(true);
        const ready = readiness();
        if (analysis?.form === undefined || ready === undefined || !ready.ready) throw new Error(t.needCheck);
        const form = analysis.form;
        const adapter = session.adapter;
        // The clerk's own protection gives way to the seal's and comes back on unsealing; one with a
        // password cannot be lifted (Office.js unprotect needs it), so the clerk is asked to lift it.
        const own = analysis.sealContent?.grid?.layout?.protection;
        if (own !== undefined) {
          try {
            await adapter.unprotectSheet(form.sheet);
          } catch {
            throw new Error(t.protectedByClerk(form.sheet));
          }
        }
        const protectionBeforeSeal = { sheet: form.sheet, protection: own ?? null };
        const record = await createSealRecord(form, analysis.sealContent ?? { grid: undefined, sheets: [] }, {
          unit: analysis.unit ?? "",
          sealedBy,
          sealedAt: session.today(),
          year: analysis.year,
          quotaUsed: (analysis.quota?.usage ?? []).map((u) => ({ label: u.label, used: u.used, limit: u.limit })),
          confirmedWarnings: ready.warningsToConfirm.map(toConfirmedWarning),
          toolVersion: session.deps.toolVersion,
        });
        // The code goes on every printed page; the clerk's own footer is kept in the store for unsealing.
        const footers = await adapter.readFooters(form.sheet);
        try {
          await adapter.writeFooters(form.sheet, sealedFooters(record, footers));
          try {
            await session.saveStore({ ...store, seal: record, footerBeforeSeal: { sheet: form.sheet, footers }, protectionBeforeSeal });
          } catch (error) {
            await adapter.writeFooters(form.sheet, footers);
            throw error;
          }
        } catch (error) {
          if (own !== undefined) await adapter.protectSheet(form.sheet, undefined, own);
          throw error;
        }
        await adapter.protectSheet(form.sheet, password === "" ? undefined : password);
        return { notice: t.sealedNotice(sealCodeOf(record.digest)), refresh: "checked" };
      });
    },

    verify(): Promise<void> {
      return session.run("verify", async () => {
        await session.loadStore();
        // A live recount that began while this check read the sheet drops the check's reading and
        // would clear the answer when it lands: read again, so that the answer is of the sheet now.
        for (let tries = 0; tries < MAX_READS && (await session.refresh(true)) === undefined; tries++);
        session.dispatch({ type: "verified" });
      });
    },

    /** Lifts the protection first: a wrong password keeps the seal in the store. */
    unseal(password: string): Promise<void> {
      return session.run("unseal", async () => {
        const store = await session.loadStore();
        const adapter = session.adapter;
        const seal = store.seal;
        let notice = session.t.seal.unsealed;
        if (seal !== undefined) {
          // By worksheet id where the seal has one: the clerk may have renamed the protected sheet.
          const sheet = seal.sheetId ?? seal.sheet;
          await adapter.unprotectSheet(sheet, password === "" ? undefined : password);
          const before = store.footerBeforeSeal;
          // A seal made elsewhere (qbench seal) kept no footer: the seal's own sections are taken off.
          await adapter.writeFooters(
            sheet,
            before?.sheet === seal.sheet ? before.footers : unsealedFooters(await adapter.readFooters(sheet)),
          );
          // The sheet's own protection from before sealing comes back; a password cannot (Office.js
          // sets one only from its text, and a seal made on the file kept only its hash).
          const own = store.protectionBeforeSeal;
          if (own?.sheet === seal.sheet && own.protection !== null) {
            await adapter.protectSheet(sheet, undefined, own.protection);
            notice = own.password === true ? session.t.seal.unsealedPasswordLost : session.t.seal.unsealedProtected;
          }
        }
        const rest: WorkbookStore = {
          ...(store.quota === undefined ? {} : { quota: store.quota }),
          ...(store.settings === undefined ? {} : { settings: store.settings }),
        };
        await session.saveStore(rest);
        return { notice, refresh: "checked" };
      });
    },
  };
}
