import BlockIcon from "@mui/icons-material/Block";
import CheckCircleOutlineIcon from "@mui/icons-material/CheckCircleOutlined";
import { Button, useCanAccess, useNotify, useUpdate } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import type { ReferenceValueRecord } from "./types";

/** Values are never deleted once used: they are deactivated (no longer offered) or reactivated. */
export const ReferenceValueToggle = ({ record }: { record: ReferenceValueRecord }) => {
  const notify = useNotify();
  const onError = useMutationErrorHandler();
  const { canAccess } = useCanAccess({ resource: "reference-values", action: "edit" });
  const [update, { isPending }] = useUpdate<ReferenceValueRecord>();
  if (!canAccess) return null;

  const toggle = () =>
    update(
      "reference-values",
      { id: record.id, data: { active: !record.active }, previousData: record, meta: { tableCode: record.tableCode } },
      {
        mutationMode: "pessimistic",
        onSuccess: () => notify(record.active ? "adhesia.reference.deactivated" : "adhesia.reference.activated", { type: "info" }),
        onError,
      },
    );

  return (
    <Button
      label={record.active ? "adhesia.reference.deactivate" : "adhesia.reference.activate"}
      onClick={(event) => {
        event.stopPropagation();
        toggle();
      }}
      disabled={isPending}
      color={record.active ? "warning" : "primary"}
    >
      {record.active ? <BlockIcon /> : <CheckCircleOutlineIcon />}
    </Button>
  );
};
