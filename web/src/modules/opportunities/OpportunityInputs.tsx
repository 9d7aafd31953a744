import { DateInput, maxValue, minValue, NumberInput, SelectInput, TextInput, required } from "react-admin";
import { FormRow as Row, FormSection as Section } from "../../ui/Sections";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { OriginInput } from "../origins";
import { AdvisorInput, IntroducerInput } from "../organisation";
import { premiumFormat, premiumParse } from "./opportunityForm";
import { domainChoices } from "./choices";

const validateProbability = [minValue(0), maxValue(100)];
const validatePremium = minValue(0);

const ProductFamilyInput = () => {
  const families = useReferenceChoices("product_families");
  return <SelectInput source="productFamily" choices={families.choices()} isPending={families.isPending} translateChoice={false} emptyText="" helperText={false} />;
};

/**
 * The fields of an opportunity, shared by creation and edition: the need (domain, family, origin,
 * wished date, description), its weight (probability, expected premium) and who follows it — left
 * empty, the server takes the record's introducer and advisor.
 */
export const OpportunityInputs = () => (
  <>
    <Section title="adhesia.opportunities.sections.need">
      <Row columns={3}>
        <SelectInput source="domain" choices={domainChoices} validate={required()} helperText={false} />
        <ProductFamilyInput />
        <OriginInput />
      </Row>
      <Row columns={3}>
        <DateInput source="wishedStartDate" helperText={false} />
        <NumberInput source="probability" validate={validateProbability} min={0} max={100} step={10} helperText={false} />
        <NumberInput source="expectedAnnualPremiumCents" label="resources.opportunities.fields.expectedAnnualPremium" format={premiumFormat} parse={premiumParse} validate={validatePremium} min={0} step={100} helperText={false} />
      </Row>
      <TextInput source="description" multiline minRows={2} fullWidth helperText={false} />
    </Section>
    <Section title="adhesia.opportunities.sections.follow_up">
      <Row columns={3}>
        <IntroducerInput />
        <AdvisorInput />
      </Row>
    </Section>
  </>
);
