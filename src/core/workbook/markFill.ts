import type { Severity } from "../issues/registry";

/** Excel's own "Bad" and "Neutral" cell-style fills, so that marks look the same in every host. */
export const MARK_FILL: Readonly<Record<Severity, string>> = { error: "#FFC7CE", warning: "#FFEB9C" };
