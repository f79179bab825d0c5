/** Problems found in a manifest's XML text; empty when it is valid. */
export function validateManifest(xml: string, assetsDir?: string): Promise<string[]>;
