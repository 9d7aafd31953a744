import { TableCell, TableRow, Typography } from "@mui/material";
import { Link, useCreatePath, useLocaleState, useTranslate } from "react-admin";
import { formatEuros } from "../../ui/format";
import { useFormatDate } from "../../ui/InfoGrid";
import { TabTable, type TabColumn } from "../../ui/record-tab";
import { beneficiaryName } from "./format";
import type { BeneficiaryRecord, GuaranteeRecord } from "./types";

const label = (name: string) => `adhesia.contracts.show.${name}`;
const BENEFICIARY_COLUMNS: readonly TabColumn[] = [{ label: label("name") }, { label: label("birth_date") }, { label: label("role") }, { label: label("from") }, { label: label("to") }];
const GUARANTEE_COLUMNS: readonly TabColumn[] = [{ label: label("kind") }, { label: label("code") }, { label: label("label") }, { label: label("premium"), align: "right" }];

const None = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return <Typography color="text.secondary">{translate(text)}</Typography>;
};

/** The persons the contract covers, in its order, each linked to its record, with its role and dates. */
export const BeneficiariesTable = ({ beneficiaries }: { beneficiaries: readonly BeneficiaryRecord[] }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const createPath = useCreatePath();
  if (beneficiaries.length === 0) return <None text={label("no_beneficiaries")} />;
  return (
    <TabTable columns={BENEFICIARY_COLUMNS}>
      {beneficiaries.map((beneficiary) => (
        <TableRow key={beneficiary.id} data-testid="contract-beneficiary" data-role={beneficiary.role}>
          <TableCell>
            <Link to={createPath({ resource: "persons", type: "show", id: beneficiary.personId })} underline="hover">
              {beneficiaryName(beneficiary)}
            </Link>
          </TableCell>
          <TableCell>{formatDate(beneficiary.birthDate)}</TableCell>
          <TableCell>{translate(`adhesia.pricing.roles.${beneficiary.role}`)}</TableCell>
          <TableCell>{formatDate(beneficiary.startDate)}</TableCell>
          <TableCell>{formatDate(beneficiary.endDate)}</TableCell>
          <TableCell />
        </TableRow>
      ))}
    </TabTable>
  );
};

/** The guarantees and options subscribed, with the premium of each when the back office sends it. */
export const GuaranteesTable = ({ guarantees }: { guarantees: readonly GuaranteeRecord[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (guarantees.length === 0) return <None text={label("no_guarantees")} />;
  return (
    <TabTable columns={GUARANTEE_COLUMNS}>
      {guarantees.map((guarantee) => (
        <TableRow key={`${guarantee.kind}:${guarantee.code}`} data-testid="contract-guarantee">
          <TableCell>{translate(`adhesia.contracts.guarantee_kinds.${guarantee.kind}`)}</TableCell>
          <TableCell>{guarantee.code}</TableCell>
          <TableCell>{guarantee.label}</TableCell>
          <TableCell align="right">{formatEuros(guarantee.premiumAnnualCents, locale)}</TableCell>
          <TableCell />
        </TableRow>
      ))}
    </TabTable>
  );
};
