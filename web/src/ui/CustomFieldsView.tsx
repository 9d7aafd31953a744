import { Typography } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { localLabel } from "../modules/reference-data/types";
import { Info, InfoGrid, useFormatDate, YesNo } from "./InfoGrid";
import { useCustomFields, type CustomFieldEntity } from "./useReferenceData";

type CustomFieldValue = string | number | boolean | null;

/**
 * Compléments: the tenant's custom fields of `entity` with their labels; values of fields no longer
 * defined are shown by key. `emptyText` is the translation key shown when there is nothing to show.
 */
export const CustomFieldsView = ({ entity, values, emptyText, testId }: { entity: CustomFieldEntity; values: Record<string, CustomFieldValue> | undefined; emptyText: string; testId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const { fields, isPending } = useCustomFields(entity);
  if (isPending) return null;
  const stored = values ?? {};
  const defined = new Set(fields.map((definition) => definition.key));
  const shown = fields.filter((definition) => definition.active || (stored[definition.key] ?? null) !== null);
  const orphans = Object.keys(stored).filter((key) => !defined.has(key) && stored[key] !== null);
  if (shown.length === 0 && orphans.length === 0) return <Typography color="text.secondary">{translate(emptyText)}</Typography>;
  const display = (type: string, value: unknown) => {
    if (value === null || value === undefined || value === "") return null;
    if (type === "boolean") return <YesNo value={Boolean(value)} />;
    if (type === "date" && typeof value === "string") return formatDate(value);
    if (type === "number" && typeof value === "number") return new Intl.NumberFormat(locale === "en" ? "en-GB" : "fr-FR").format(value);
    return String(value);
  };
  return (
    <InfoGrid columns={3} testId={testId}>
      {shown.map((definition) => (
        <Info key={definition.key} label={localLabel(definition, locale)}>
          {display(definition.type, stored[definition.key])}
        </Info>
      ))}
      {orphans.map((key) => (
        <Info key={key} label={key}>
          {String(stored[key])}
        </Info>
      ))}
    </InfoGrid>
  );
};
