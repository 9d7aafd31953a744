import { Box, Card, CardContent, Chip, LinearProgress, Stack, Typography } from "@mui/material";
import { EditButton, ReferenceField, ShowBase, TextField, Title, useGetList, useRecordContext, useTranslate } from "react-admin";
import { Info, InfoGrid, useFormatDate, YesNo } from "../../ui/InfoGrid";
import { RecordTabs, type RecordTab } from "../../ui/RecordTabs";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { TariffsPanel, TryPricePanel } from "../pricing";
import { groupByModule } from "./guaranteeGroups";
import { GuaranteeTablePanel } from "./GuaranteeTablePanel";
import { ProductFormulas } from "./ProductFormulas";
import type { FormulaRecord, GuaranteeRecord, ProductRecord } from "./types";
import { useCatalogueRights } from "./useCatalogueRights";

const field = (name: string) => `resources.products.fields.${name}`;

const ProductHeader = ({ record }: { record: ProductRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const { canWrite } = useCatalogueRights();
  const insurers = useReferenceChoices("insurers");
  const managers = useReferenceChoices("product_managers");
  const channels = useReferenceChoices("sales_channels");
  const labels = (codes: string[], table: { label: (code: string) => string }) => codes.map((code) => table.label(code)).join(", ");
  return (
    <CardContent>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 2 }}>
        <Typography variant="h6" component="h1" sx={{ flex: 1 }} data-testid="product-title">
          {record.label}
          <Chip size="small" variant="outlined" label={translate(`adhesia.catalogue.contract_types.${record.contractType}`)} sx={{ ml: 1 }} />
          {!record.active && <Chip size="small" label={translate("adhesia.catalogue.inactive")} sx={{ ml: 1 }} />}
        </Typography>
        {canWrite && <EditButton variant="contained" />}
      </Stack>
      <InfoGrid columns={4}>
        <Info label={field("code")}>{record.code}</Info>
        <Info label={field("rangeId")}>
          <ReferenceField source="rangeId" reference="ranges" link="show">
            <TextField source="label" />
          </ReferenceField>
        </Info>
        <Info label={field("insurers")}>{labels(record.insurers, insurers)}</Info>
        <Info label={field("managers")}>{labels(record.managers, managers)}</Info>
        <Info label={field("network")}>{record.network}</Info>
        <Info label={field("channels")}>{labels(record.channels, channels)}</Info>
        <Info label={field("distributionMode")}>{record.distributionMode}</Info>
        <Info label={field("distributionType")}>{record.distributionType}</Info>
        <Info label="adhesia.catalogue.products.sale_period">{[formatDate(record.saleStart), formatDate(record.saleEnd)].filter(Boolean).join(" → ")}</Info>
        <Info label={field("grantsMembership")}><YesNo value={record.grantsMembership} /></Info>
      </InfoGrid>
    </CardContent>
  );
};

const ProductShowView = () => {
  const record = useRecordContext<ProductRecord>();
  const { canWrite } = useCatalogueRights();
  const modules = useReferenceChoices("coverage_modules");
  const productId = record ? String(record.id) : "";
  const { data: formulas, isPending: formulasPending } = useGetList<FormulaRecord>("formulas", { filter: { productId }, pagination: { page: 1, perPage: 100 }, sort: { field: "sortOrder", order: "ASC" } }, { enabled: Boolean(record) });
  const { data: guarantees } = useGetList<GuaranteeRecord>("guarantees", { filter: { rangeId: record?.rangeId }, pagination: { page: 1, perPage: 500 }, sort: { field: "sortOrder", order: "ASC" } }, { enabled: Boolean(record) });
  if (!record) return <LinearProgress sx={{ mt: 2 }} />;
  const list = formulas ?? [];
  const groups = groupByModule(guarantees ?? [], modules.choices().map((choice) => choice.id));
  const tabs: RecordTab<ProductRecord>[] = [
    { path: "", id: "formulas", label: "adhesia.catalogue.products.tabs.formulas", render: () => <ProductFormulas productId={productId} formulas={list} groups={groups} isPending={formulasPending} canWrite={canWrite} /> },
    { path: "guarantee-table", id: "guarantee-table", label: "adhesia.catalogue.products.tabs.guarantee_table", render: (product) => <GuaranteeTablePanel product={product} formulas={list} /> },
    { path: "tariffs", id: "tariffs", label: "adhesia.catalogue.products.tabs.tariffs", render: () => (formulasPending ? <LinearProgress /> : <TariffsPanel productId={productId} formulas={list} canWrite={canWrite} />) },
    { path: "price", id: "price", label: "adhesia.catalogue.products.tabs.price", render: () => (formulasPending ? <LinearProgress /> : <TryPricePanel productId={productId} formulas={list} />) },
  ];
  return (
    <Box sx={{ mt: 1 }} data-testid="product-show">
      <Title title={record.label} />
      <Card sx={{ mb: 1.5 }}>
        <ProductHeader record={record} />
      </Card>
      <RecordTabs record={record} resource="products" tabs={tabs} testIdPrefix="product" />
    </Box>
  );
};

/** /products/:id/show[/tab]: the sales axis, then formulas, the guarantee table, the tariff and "try a price". */
export const ProductShow = () => (
  <ShowBase>
    <ProductShowView />
  </ShowBase>
);
