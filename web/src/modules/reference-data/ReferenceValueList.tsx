import { Box, Chip, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { DataTable, ListBase, useListContext, useTranslate } from "react-admin";
import { ExportButton, listExportUrl } from "../../ui/ExportButton";
import { ReferenceValueEditButton } from "./ReferenceValueEditButton";
import { ReferenceValueToggle } from "./ReferenceValueToggle";
import type { ReferenceValueRecord } from "./types";

const InactiveChip = ({ record }: { record: ReferenceValueRecord }) => {
  const translate = useTranslate();
  return record.active ? null : <Chip size="small" variant="outlined" label={translate("adhesia.reference.inactive")} />;
};

/** Exposes the loading state to tests and assistive tools. */
const ValuesRegion = ({ children }: { children: ReactNode }) => {
  const { isPending } = useListContext();
  return (
    <Box data-testid="reference-values" data-state={isPending ? "loading" : "ready"} aria-busy={isPending}>
      {children}
    </Box>
  );
};

/** All values of one table, inactive ones included (dimmed). */
export const ReferenceValueList = ({ tableCode }: { tableCode: string }) => {
  const translate = useTranslate();
  return (
    <ListBase<ReferenceValueRecord>
      resource="reference-values"
      filter={{ tableCode }}
      sort={{ field: "sortOrder", order: "ASC" }}
      perPage={500}
      disableSyncWithLocation
    >
      <ValuesRegion>
        <Box sx={{ display: "flex", justifyContent: "flex-end" }}>
          <ExportButton url={(format) => listExportUrl(`/reference-tables/${encodeURIComponent(tableCode)}/values`, ["includeInactive"])(format, { includeInactive: "true" })} testId="reference-values-export" />
        </Box>
        <DataTable<ReferenceValueRecord>
          rowClick={false}
          bulkActionButtons={false}
          size="small"
          rowSx={(record) => (record.active ? {} : { opacity: 0.6 })}
          empty={<Typography sx={{ p: 2 }} color="text.secondary">{translate("adhesia.reference.no_values")}</Typography>}
        >
          <DataTable.Col source="code" disableSort cellSx={() => ({ fontFamily: "monospace" })} />
          <DataTable.Col source="labelFr" disableSort />
          <DataTable.Col source="labelEn" disableSort />
          <DataTable.NumberCol source="sortOrder" disableSort />
          <DataTable.Col<ReferenceValueRecord> source="active" disableSort render={(record) => <InactiveChip record={record} />} />
          <DataTable.Col<ReferenceValueRecord>
            label=" "
            disableSort
            align="right"
            render={(record) => (
              <>
                <ReferenceValueEditButton record={record} />
                <ReferenceValueToggle record={record} />
              </>
            )}
          />
        </DataTable>
      </ValuesRegion>
    </ListBase>
  );
};
