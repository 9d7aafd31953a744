import { apiFetch } from "../../app/http";
import type { GuaranteeTable } from "./types";

const encode = (id: string) => encodeURIComponent(id);

/** GET /formulas/{id}/guarantee-table: the printable table of a formula. */
export const fetchGuaranteeTable = (formulaId: string, signal?: AbortSignal) => apiFetch<GuaranteeTable>(`/formulas/${encode(formulaId)}/guarantee-table`, { signal });
