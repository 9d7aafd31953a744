import { Box, Card, CardContent, Chip, LinearProgress, Stack, Typography } from "@mui/material";
import { EditButton, ShowBase, Title, useRecordContext, useTranslate } from "react-admin";
import { Info, InfoGrid } from "../../ui/InfoGrid";
import { SectionTitle } from "../../ui/Sections";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { RangeGuarantees } from "./RangeGuarantees";
import type { RangeRecord } from "./types";
import { useCatalogueRights } from "./useCatalogueRights";

const field = (name: string) => `resources.ranges.fields.${name}`;

const RangeShowView = () => {
  const record = useRecordContext<RangeRecord>();
  const translate = useTranslate();
  const { canWrite } = useCatalogueRights();
  const families = useReferenceChoices("product_families");
  const designers = useReferenceChoices("product_designers");
  if (!record) return <LinearProgress sx={{ mt: 2 }} />;
  return (
    <Box sx={{ mt: 1 }} data-testid="range-show">
      <Title title={record.label} />
      <Card sx={{ mb: 1.5 }}>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 2 }}>
            <Typography variant="h6" component="h1" sx={{ flex: 1 }} data-testid="range-title">
              {record.label}
              {!record.active && <Chip size="small" label={translate("adhesia.catalogue.inactive")} sx={{ ml: 1 }} />}
            </Typography>
            {canWrite && <EditButton variant="contained" />}
          </Stack>
          <InfoGrid columns={4}>
            <Info label={field("code")}>{record.code}</Info>
            <Info label={field("domain")}>{translate(`adhesia.catalogue.domains.${record.domain}`)}</Info>
            <Info label={field("productFamily")}>{families.label(record.productFamily)}</Info>
            <Info label={field("contractType")}>{translate(`adhesia.catalogue.contract_types.${record.contractType}`)}</Info>
            <Info label={field("rangeType")}>{translate(`adhesia.catalogue.range_types.${record.rangeType}`)}</Info>
            <Info label={field("designers")}>{record.designers.map((code) => designers.label(code)).join(", ")}</Info>
          </InfoGrid>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <SectionTitle title="adhesia.catalogue.guarantees.title" />
          <RangeGuarantees rangeId={String(record.id)} canWrite={canWrite} />
        </CardContent>
      </Card>
    </Box>
  );
};

/** A range: what it is, then its guarantees grouped by coverage module. */
export const RangeShow = () => (
  <ShowBase>
    <RangeShowView />
  </ShowBase>
);
