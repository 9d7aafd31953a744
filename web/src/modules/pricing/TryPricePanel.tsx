import CalculateIcon from "@mui/icons-material/Calculate";
import { Alert, Box, Stack, Typography } from "@mui/material";
import { useState } from "react";
import {
  ArrayInput,
  AutocompleteInput,
  CheckboxGroupInput,
  DateInput,
  Form,
  RadioButtonGroupInput,
  ReferenceInput,
  regex,
  required,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useCanAccess,
  useTranslate,
} from "react-admin";
import { problemOf } from "../../app/problem";
import { localToday } from "../../ui/format";
import { failureMessage } from "../../ui/record-tab";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { priceRequestOf, type PriceFormValues } from "./priceForm";
import { priceFormula } from "./pricingApi";
import { PriceResult } from "./PriceResult";
import { BENEFICIARY_ROLES, type FormulaRef, type Price } from "./types";

const roleChoices = BENEFICIARY_ROLES.map((id) => ({ id, name: `adhesia.pricing.roles.${id}` }));
const localRegimeChoices = [
  { id: "none", name: "adhesia.pricing.local_regimes.none" },
  { id: "alsace_moselle", name: "adhesia.pricing.local_regimes.alsace_moselle" },
];
const validatePostalCode = [required(), regex(/^\d{5}$/, "adhesia.pricing.try.postal_code_invalid")];
const defaults: PriceFormValues = {
  effectiveDate: localToday(),
  postalCode: "",
  socialRegime: "general",
  localRegime: "none",
  beneficiaries: [{ role: "main_insured", birthDate: "" }],
  options: [],
};

interface TryPricePanelProps {
  productId: string;
  formulas: FormulaRef[];
}

/**
 * Prices a formula of the product for a household, with the version in force at the effective
 * date, and shows how every cent comes. A refusal of the server is shown on the field it names.
 */
export const TryPricePanel = ({ productId, formulas }: TryPricePanelProps) => {
  const translate = useTranslate();
  const regimes = useReferenceChoices("social_regimes");
  const channels = useReferenceChoices("sales_channels");
  // The introducer decides the commission; choosing one needs to read the commercial organisation.
  const { canAccess: canPickIntroducer } = useCanAccess({ resource: "introducers", action: "list" });
  const [formulaId, setFormulaId] = useState(formulas[0]?.id ?? "");
  const [result, setResult] = useState<{ price: Price; beneficiaries: PriceFormValues["beneficiaries"] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const formula = formulas.find((candidate) => candidate.id === formulaId);

  const submit = async (values: Partial<PriceFormValues>) => {
    const typed = { ...defaults, ...values };
    setFailure(null);
    try {
      const price = await priceFormula(priceRequestOf(typed, productId, formulaId));
      setResult({ price, beneficiaries: typed.beneficiaries });
      return undefined;
    } catch (error) {
      setResult(null);
      const problem = problemOf(error);
      // The product is no input of this form: a refusal on it (not for sale) is said here, the others on their inputs.
      setFailure(failureMessage(error, problem?.fieldErrors.filter((entry) => entry.path === "productId")));
      return problem?.errors;
    }
  };

  if (formulas.length === 0) return <Typography color="text.secondary">{translate("adhesia.catalogue.formulas.none")}</Typography>;
  return (
    <Box data-testid="try-price">
      <Form defaultValues={{ ...defaults, formulaId }} onSubmit={submit}>
        <Stack direction={{ xs: "column", md: "row" }} spacing={{ xs: 0, md: 2 }} sx={{ width: "100%" }}>
          <SelectInput
            source="formulaId"
            label="adhesia.catalogue.formulas.formula"
            choices={formulas.map((candidate) => ({ id: candidate.id, name: candidate.label }))}
            translateChoice={false}
            validate={required()}
            onChange={(event) => setFormulaId(String(event.target.value))}
            sx={{ minWidth: 200 }}
          />
          <DateInput source="effectiveDate" label="adhesia.pricing.try.effective_date" validate={required()} />
          <TextInput source="postalCode" label="adhesia.pricing.try.postal_code" validate={validatePostalCode} sx={{ minWidth: 140 }} />
          <SelectInput source="socialRegime" label="adhesia.pricing.try.social_regime" choices={regimes.choices()} isPending={regimes.isPending} validate={required()} sx={{ minWidth: 200 }} />
          <RadioButtonGroupInput source="localRegime" label="adhesia.pricing.try.local_regime" choices={localRegimeChoices} />
        </Stack>
        <ArrayInput source="beneficiaries" label="adhesia.pricing.try.beneficiaries" validate={required()}>
          <SimpleFormIterator inline disableReordering>
            <SelectInput source="role" label="adhesia.pricing.try.role" choices={roleChoices} validate={required()} helperText={false} />
            <DateInput source="birthDate" label="adhesia.pricing.try.birth_date" validate={required()} helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
        <Stack direction={{ xs: "column", md: "row" }} spacing={{ xs: 0, md: 2 }} sx={{ width: "100%", alignItems: { md: "flex-start" } }}>
          {canPickIntroducer && (
            <ReferenceInput source="introducerId" reference="introducers" filter={{ active: true }} sort={{ field: "name", order: "ASC" }}>
              <AutocompleteInput optionText="name" label="adhesia.pricing.try.introducer" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
            </ReferenceInput>
          )}
          <SelectInput source="channel" label="adhesia.pricing.try.channel" choices={channels.choices()} isPending={channels.isPending} emptyText="adhesia.pricing.try.no_channel" sx={{ minWidth: 200 }} />
          {formula && formula.options.length > 0 && (
            <CheckboxGroupInput source="options" label="adhesia.pricing.try.options" choices={formula.options.map((option) => ({ id: option.code, name: option.label }))} translateChoice={false} />
          )}
        </Stack>
        <SaveButton label="adhesia.pricing.try.submit" icon={<CalculateIcon />} alwaysEnable data-testid="try-price-submit" />
      </Form>
      {failure && <Alert severity="error" sx={{ mt: 2 }} data-testid="try-price-error">{failure}</Alert>}
      {result && (
        <Box sx={{ mt: 3 }}>
          <PriceResult price={result.price} beneficiaries={result.beneficiaries} />
        </Box>
      )}
    </Box>
  );
};
