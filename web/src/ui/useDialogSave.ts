import { useCreate, useUpdate, type RaRecord } from "react-admin";
import { problemOf } from "../app/problem";
import { useMutationErrorHandler } from "./useMutationErrorHandler";

/**
 * The onSubmit of a dialog's form: creates (with `parent`, the owner's id) or updates the
 * record, closes on success, and hands the server's field errors back to the form to show under the inputs.
 */
export function useDialogSave<R extends RaRecord>(resource: string, existing: R | undefined, parent: Record<string, string>, onClose: () => void) {
  const onError = useMutationErrorHandler();
  const [create] = useCreate<R>();
  const [update] = useUpdate<R>();
  return async (data: Partial<R>) => {
    try {
      if (existing) await update(resource, { id: existing.id, data, previousData: existing }, { returnPromise: true });
      else await create(resource, { data: { ...data, ...parent } }, { returnPromise: true });
      onClose();
      return undefined;
    } catch (error) {
      onError(error);
      return problemOf(error)?.errors;
    }
  };
}
