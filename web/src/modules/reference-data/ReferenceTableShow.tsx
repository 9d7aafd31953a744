import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import { Alert, Box, Card, Typography } from "@mui/material";
import { Button, ShowBase, Title, useCanAccess, useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { ReferenceValueCreateForm } from "./ReferenceValueCreateForm";
import { ReferenceValueList } from "./ReferenceValueList";
import { localLabel, type ReferenceTableRecord } from "./types";

const ReferenceTableValues = () => {
  const table = useRecordContext<ReferenceTableRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canAccess: canCreate } = useCanAccess({ resource: "reference-values", action: "create" });
  if (!table) return null;
  const title = translate("adhesia.reference.values_title", { label: localLabel(table, locale) });

  return (
    <Box sx={{ mt: 1 }}>
      <Title title={title} />
      <Box sx={{ display: "flex", alignItems: "center", gap: 1, mb: 1 }}>
        <Button label="adhesia.reference.back" to="/reference-tables">
          <ArrowBackIcon />
        </Button>
        <Typography variant="h6" component="h1" sx={{ flex: 1 }}>
          {title}{" "}
          <Typography component="span" variant="body2" color="text.secondary" sx={{ fontFamily: "monospace" }}>
            {table.code}
          </Typography>
        </Typography>
      </Box>
      <Alert severity="info" variant="outlined" sx={{ mb: 1 }}>
        {translate("adhesia.reference.deactivate_help")}
      </Alert>
      <Card>
        {canCreate && <ReferenceValueCreateForm tableCode={table.code} />}
        <ReferenceValueList tableCode={table.code} />
      </Card>
    </Box>
  );
};

/** /reference-tables/:code/show: the values of one table, with inline creation and (de)activation. */
export const ReferenceTableShow = () => (
  <ShowBase>
    <ReferenceTableValues />
  </ShowBase>
);
