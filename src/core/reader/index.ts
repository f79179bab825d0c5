export { readForm, type ReadResult } from "./readForm";
export { columnKeyOf, headerKey, headerUnit } from "./headerKey";
