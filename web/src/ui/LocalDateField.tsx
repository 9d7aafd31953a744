import { DateField, useLocaleState, useTranslate, type DateFieldProps } from "react-admin";

const INTL_LOCALES: Readonly<Record<string, string>> = { fr: "fr-FR", en: "en-GB" };

/** DateField formatted in the UI language (not the browser's), "Jamais"/"Never" when empty. */
export const LocalDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (
    <DateField
      locales={INTL_LOCALES[locale] ?? "fr-FR"}
      emptyText={translate("adhesia.common.never")}
      options={props.showTime ? { dateStyle: "short", timeStyle: "short" } : { dateStyle: "medium" }}
      {...props}
    />
  );
};
