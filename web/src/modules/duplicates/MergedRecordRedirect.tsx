import { useEffect } from "react";
import { useNotify, useParams, useRecordContext, useRedirect, type RaRecord } from "react-admin";

export interface MergedRecordRedirectProps<R extends RaRecord> {
  resource: "persons" | "companies";
  /** Where the kept record opens: the page the merged id was opened on. */
  type: "show" | "edit";
  nameOf: (record: R) => string;
}

/**
 * A merged record's id answers 307 to the kept record, which fetch follows: the record read then
 * has another id than the address. The page moves to the kept record and says why.
 */
export const MergedRecordRedirect = <R extends RaRecord>({ resource, type, nameOf }: MergedRecordRedirectProps<R>) => {
  const record = useRecordContext<R>();
  const { id } = useParams();
  const notify = useNotify();
  const redirect = useRedirect();
  const keptId = record && id !== undefined && String(record.id) !== decodeURIComponent(id) ? record.id : undefined;
  const keptName = record ? nameOf(record) : "";
  useEffect(() => {
    if (keptId === undefined) return;
    notify("adhesia.duplicates.merges.redirected", { type: "info", messageArgs: { name: keptName } });
    redirect(type, resource, keptId);
  }, [keptId, keptName, notify, redirect, resource, type]);
  return null;
};
