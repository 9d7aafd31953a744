import { regex, required } from "react-admin";

/** Codes of introducers and sectors, as the server accepts them: the keys of imports. */
export const validateCode = [required(), regex(/^[A-Za-z0-9_.-]{1,40}$/, "adhesia.organisation.code_invalid")];
