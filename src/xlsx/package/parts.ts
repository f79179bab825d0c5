import { attributesOf, childrenOf, rootOf, type ElementSpan } from "./xml";

/**
 * Part names and relationships of an Open Packaging Conventions package (ECMA-376 Part 2), as the
 * sealer needs them: without node:path, so that the page can seal in the browser.
 */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The relationships part beside a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** A relationship's target as a part name (no leading slash), `..` and `.` resolved. */
export function resolveTarget(from: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : folderOf(from) + target;
  const out: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** A target for `part` in a relationship of `from`: relative when it lies in `from`'s folder, else absolute. */
export function targetFor(from: string, part: string): string {
  const folder = folderOf(from);
  return folder !== "" && part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
}

export function relationshipsOf(xml: string | undefined): { relationships: Relationship[]; root?: ElementSpan } {
  if (xml === undefined) return { relationships: [] };
  const root = rootOf(xml);
  const relationships = childrenOf(xml, root)
    .children.filter((c) => c.local === "Relationship")
    .flatMap((c) => {
      const a = attributesOf(xml, c);
      const id = a.get("Id");
      const target = a.get("Target");
      if (id === undefined || target === undefined) return [];
      return [{ id, type: a.get("Type") ?? "", target, external: a.get("TargetMode") === "External" }];
    });
  return { relationships, root };
}

/** The type's last segment: transitional and Strict Open XML differ only in the URI before it. */
export function typeName(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf("/") + 1);
}

/** A relationship id not yet used in the part: `rId` and one more than the highest number in use. */
export function freshRelationshipId(relationships: readonly Relationship[]): string {
  const used = new Set(relationships.map((r) => r.id));
  let n = relationships.reduce((max, r) => Math.max(max, Number(/\d+$/.exec(r.id)?.[0] ?? 0)), 0) + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}
