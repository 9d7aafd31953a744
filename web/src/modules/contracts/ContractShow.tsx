import { Box, Card, CardContent, LinearProgress } from "@mui/material";
import { ShowBase, Title, useRecordContext, useTranslate } from "react-admin";
import { SectionTitle } from "../../ui/Sections";
import { ContractHeader } from "./ContractHeader";
import { BeneficiariesTable, GuaranteesTable } from "./ContractParts";
import type { ContractDetail, ContractRecord } from "./types";

const ContractShowView = () => {
  // The list's row stands in for the record until the contract is read: no beneficiaries nor guarantees yet.
  const record = useRecordContext<ContractRecord & Partial<ContractDetail>>();
  const translate = useTranslate();
  if (!record) return <LinearProgress sx={{ mt: 2 }} />;
  return (
    <Box sx={{ mt: 1 }} data-testid="contract-show" data-status={record.status}>
      <Title title={`${translate("resources.contracts.name", { smart_count: 1 })} ${record.number}`} />
      <Card sx={{ mb: 1.5 }}>
        <ContractHeader contract={record} />
      </Card>
      <Card sx={{ mb: 1.5 }}>
        <CardContent>
          <SectionTitle title="adhesia.contracts.show.beneficiaries" />
          {record.beneficiaries ? <BeneficiariesTable beneficiaries={record.beneficiaries} /> : <LinearProgress />}
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <SectionTitle title="adhesia.contracts.show.guarantees" />
          {record.guarantees ? <GuaranteesTable guarantees={record.guarantees} /> : <LinearProgress />}
        </CardContent>
      </Card>
    </Box>
  );
};

/** /contracts/:id/show: read-only (the back office writes contracts): the contract, its beneficiaries, its guarantees. */
export const ContractShow = () => (
  <ShowBase>
    <ContractShowView />
  </ShowBase>
);
