import { Box, TableCell, TableRow, Typography } from "@mui/material";
import { Link, useCreatePath, useLocaleState, useTranslate } from "react-admin";
import { formatEuros } from "../../ui/format";
import { useFormatDate } from "../../ui/InfoGrid";
import { SectionTitle } from "../../ui/Sections";
import { TabItemsView, TabTable, useTabItems, type RecordKind, type TabColumn } from "../../ui/record-tab";
import { listContractsOf, listEnrolledOf } from "./contractsApi";
import { ContractStatusChip } from "./ContractStatusChip";
import { beneficiaryName, productText } from "./format";
import type { ContractRecord } from "./types";
import { useContractRights } from "./useContractRights";

const field = (name: string) => `resources.contracts.fields.${name}`;
const CONTRACT_COLUMNS: readonly TabColumn[] = [
  { label: field("number") },
  { label: "adhesia.contracts.tab.relation" },
  { label: field("product") },
  { label: field("domain") },
  { label: field("status") },
  { label: field("startDate") },
  { label: field("premiumAnnualCents"), align: "right" },
];
const ENROLLED_COLUMNS: readonly TabColumn[] = [
  { label: "adhesia.contracts.show.name" },
  { label: "adhesia.contracts.show.role" },
  { label: "adhesia.contracts.tab.contract" },
  { label: "adhesia.contracts.show.from" },
  { label: "adhesia.contracts.show.to" },
];

const ContractsTable = ({ contracts, recordId }: { contracts: ContractRecord[]; recordId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const createPath = useCreatePath();
  return (
    <TabTable columns={CONTRACT_COLUMNS}>
      {contracts.map((contract) => {
        const held = contract.holderPersonId === recordId || contract.holderCompanyId === recordId;
        return (
          <TableRow key={contract.id} hover data-testid="contract-row" data-status={contract.status}>
            <TableCell>
              <Link to={createPath({ resource: "contracts", type: "show", id: contract.id })} underline="hover" data-testid="contract-link">
                {contract.number}
              </Link>
            </TableCell>
            <TableCell>{translate(held ? "adhesia.contracts.tab.as_holder" : "adhesia.contracts.tab.as_beneficiary")}</TableCell>
            <TableCell>{productText(contract)}</TableCell>
            <TableCell>{translate(`adhesia.coverages.domains.${contract.domain}`)}</TableCell>
            <TableCell>
              <ContractStatusChip status={contract.status} />
            </TableCell>
            <TableCell>{formatDate(contract.startDate)}</TableCell>
            <TableCell align="right">{formatEuros(contract.premiumAnnualCents, locale)}</TableCell>
            <TableCell />
          </TableRow>
        );
      })}
    </TabTable>
  );
};

/** A company's group contracts: the employees and their families enrolled on them. */
const EnrolledEmployees = ({ companyId, contracts }: { companyId: string; contracts: readonly ContractRecord[] }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const createPath = useCreatePath();
  const state = useTabItems((signal) => listEnrolledOf(companyId, signal), companyId);
  const numbers = new Map(contracts.map((contract) => [String(contract.id), contract.number]));
  return (
    <Box sx={{ mt: 3 }} data-testid="contracts-enrolled">
      <SectionTitle title="adhesia.contracts.tab.enrolled" />
      <TabItemsView state={state} empty="adhesia.contracts.tab.enrolled_empty">
        {(beneficiaries) => (
          <TabTable columns={ENROLLED_COLUMNS}>
            {beneficiaries.map((beneficiary) => (
              <TableRow key={beneficiary.id} data-testid="contract-enrolled">
                <TableCell>
                  <Link to={createPath({ resource: "persons", type: "show", id: beneficiary.personId })} underline="hover">
                    {beneficiaryName(beneficiary)}
                  </Link>
                </TableCell>
                <TableCell>{translate(`adhesia.pricing.roles.${beneficiary.role}`)}</TableCell>
                <TableCell>
                  <Link to={createPath({ resource: "contracts", type: "show", id: beneficiary.contractId })} underline="hover">
                    {numbers.get(beneficiary.contractId) ?? translate("adhesia.contracts.tab.contract")}
                  </Link>
                </TableCell>
                <TableCell>{formatDate(beneficiary.startDate)}</TableCell>
                <TableCell>{formatDate(beneficiary.endDate)}</TableCell>
                <TableCell />
              </TableRow>
            ))}
          </TabTable>
        )}
      </TabItemsView>
    </Box>
  );
};

const Forbidden = () => {
  const translate = useTranslate();
  return <Typography color="text.secondary">{translate("adhesia.contracts.tab.forbidden")}</Typography>;
};

const ContractsOf = ({ kind, recordId }: { kind: RecordKind; recordId: string }) => {
  const state = useTabItems((signal) => listContractsOf(kind === "person" ? { personId: recordId } : { holderCompanyId: recordId }, signal), `${kind}:${recordId}`);
  return (
    <Box data-testid="contracts-tab">
      <TabItemsView state={state} empty="adhesia.contracts.tab.empty">
        {(contracts) => <ContractsTable contracts={contracts} recordId={recordId} />}
      </TabItemsView>
      {kind === "company" && state.items && state.items.length > 0 && <EnrolledEmployees companyId={recordId} contracts={state.items} />}
    </Box>
  );
};

/**
 * The Contracts tab of a person (the contracts it holds or is covered by) or of a company (its
 * contracts, then the employees enrolled on its group contracts); the latest start first.
 */
export const ContractsTab = ({ kind, recordId }: { kind: RecordKind; recordId: string }) => {
  const { canRead } = useContractRights();
  return canRead ? <ContractsOf kind={kind} recordId={recordId} /> : <Forbidden />;
};
