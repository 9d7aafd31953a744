import { Box } from "@mui/material";
import { ReferenceField, useTranslate } from "react-admin";
import type { KindedAddressInput } from "../../ui/addresses/types";
import { formatPhone } from "../../ui/format";
import { useFormatDate } from "../../ui/InfoGrid";
import { REFERENCE_FIELDS, type RecordScreen } from "./screens";

const isAddress = (value: unknown): value is KindedAddressInput<string> => typeof value === "object" && value !== null && "postalCode" in value && "lines" in value;

/**
 * A field's value as the record screens show it: codes by their label, other records by their
 * name, dates and phones formatted, addresses on their lines, a dash when empty.
 */
export const FieldValueView = ({ screen, field, value }: { screen: RecordScreen; field: string; value: unknown }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
    return <Box component="span" sx={{ color: "text.disabled" }}>—</Box>;
  }
  if (Array.isArray(value)) {
    return (
      <>
        {value.filter(isAddress).map((address) => (
          <Box key={address.kind} component="span" sx={{ display: "block" }}>
            {[...address.lines, `${address.postalCode} ${address.city}`].join(", ")}
          </Box>
        ))}
      </>
    );
  }
  const reference = REFERENCE_FIELDS[field];
  if (reference && typeof value === "string") return <ReferenceField record={{ id: value, [field]: value }} source={field} reference={reference} link={false} />;
  const labels = screen.valueLabels[field];
  if (labels && typeof value === "string") return <>{translate(`${labels}.${value}`, { _: value })}</>;
  if (typeof value === "boolean") return <>{translate(value ? "adhesia.common.yes" : "adhesia.common.no")}</>;
  if (typeof value === "string" && /phone/i.test(field)) return <>{formatPhone(value)}</>;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return <>{formatDate(value)}</>;
  return <>{String(value)}</>;
};
