/**
 * The very hidden sheet that holds the add-in's store (seal record, quota settings). Every host
 * reads and writes this one name, so that a workbook saved in one opens sealed in another; the
 * checks never see it and it is never marked.
 */
export const STORE_SHEET = "qbench_store";
