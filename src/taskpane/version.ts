import packageJson from "../../package.json";

/** Recorded in every seal, so that a reviewer knows which canonicalisation made it. */
export const TOOL_VERSION: string = packageJson.version;
