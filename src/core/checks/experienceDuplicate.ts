import { nameDuplicateCheck } from "./nameDuplicate";

/** Each 经验名称 once. */
export const experienceDuplicateCheck = nameDuplicateCheck("experience-duplicate", "experience");
