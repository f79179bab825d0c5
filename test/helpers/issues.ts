import type { Issue } from "../../src/core/issues/issue";
import type { ParamValue } from "../../src/core/issues/registry";

/** One param of an issue of any code, for assertions that read several codes' issues alike. */
export function param(issue: Issue | undefined, name: string): ParamValue | undefined {
  const params: Readonly<Record<string, ParamValue | undefined>> | undefined = issue?.params;
  return params?.[name];
}
