import { API_PREFIX, apiFetch } from "../../app/http";
import { exportUrl, type ExportFormat } from "../../ui/ExportButton";
import { uploadFiles, uploadImport } from "../../ui/uploadImport";
import type { BeneficiaryRecord, ContractRecord, IntakeFile, IntakePreview, StartedImport } from "./types";

/** The contracts a person holds or is covered by, or a company holds; the latest start first. */
export const listContractsOf = async (holder: { personId: string } | { holderCompanyId: string }, signal?: AbortSignal): Promise<ContractRecord[]> =>
  (await apiFetch<{ items: ContractRecord[] }>(`/contracts?${new URLSearchParams({ ...holder, sort: "-startDate", perPage: "200" }).toString()}`, { signal })).items;

/** The employees (and their families) enrolled on a company's group contracts. */
export const listEnrolledOf = async (holderCompanyId: string, signal?: AbortSignal): Promise<BeneficiaryRecord[]> =>
  (await apiFetch<{ items: BeneficiaryRecord[] }>(`/contract-beneficiaries?${new URLSearchParams({ holderCompanyId, sort: "lastName", perPage: "200" }).toString()}`, { signal })).items;

/** The dry run of the 3-file intake: nothing is written but the files, kept for the confirmation. */
export const previewIntake = (files: Readonly<Record<IntakeFile, File>>): Promise<IntakePreview> => uploadFiles<IntakePreview>("/integrations/contract-intakes", files);

/** Starts the import of a previewed intake; confirming again answers the same job. */
export const confirmIntake = (batchId: string): Promise<StartedImport> =>
  apiFetch<StartedImport>(`/integrations/contract-intakes/${encodeURIComponent(batchId)}/confirm`, { method: "POST" });

/** A daily back-office feed (JSON Lines), imported as a job. */
export const uploadFeed = (file: File): Promise<StartedImport> => uploadImport<StartedImport>("/integrations/back-office/feeds", file);

const anyValue = () => true;
/** GET /contracts/export with the list's search (the number's beginning) and filters. */
export const contractsExportUrl = (format: ExportFormat, filter: Record<string, unknown>): string =>
  exportUrl(`${API_PREFIX}/contracts`, format, filter, { q: anyValue, status: anyValue, domain: anyValue, sourceSystem: anyValue, holderPersonId: anyValue, holderCompanyId: anyValue });
