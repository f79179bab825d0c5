/** The package version, set by the web build (webpack DefinePlugin) from package.json. */
declare const __QBENCH_VERSION__: string;
export const TOOL_VERSION: string = typeof __QBENCH_VERSION__ === "string" ? __QBENCH_VERSION__ : "0.0.0";
