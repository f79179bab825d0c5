import * as z from "zod/mini";
import { en } from "zod/locales";

/**
 * zod/mini (chosen over classic zod because it tree-shakes: the task pane's bundle has a size
 * budget) carries no messages of its own; these are the English ones classic zod gives, so a
 * complaint about a quota file or a damaged store reads the same as before. Imported by every
 * module that declares a schema, so it runs before any parse.
 */
z.config(en());
