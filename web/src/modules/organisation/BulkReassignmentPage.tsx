import PreviewIcon from "@mui/icons-material/Preview";
import { Alert, Box, Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { BooleanInput, Confirm, Form, RadioButtonGroupInput, ReferenceField, SelectInput, TextField, TextInput, Title, useNotify, useTranslate } from "react-admin";
import { useWatch } from "react-hook-form";
import { FormRow, FormSection } from "../../ui/Sections";
import { JobProgress } from "../jobs";
import { AdvisorInput } from "./AdvisorInput";
import { bulkRequest, type BulkForm } from "./bulkFilters";
import { IntroducerInput } from "./IntroducerInput";
import { applyBulkReassignment, previewBulkReassignment } from "./organisationApi";
import { type AssigneeRef, type BulkPreview, type BulkReassignment } from "./types";
import { AdvisorName } from "./useAdvisors";

const targetChoices = [
  { id: "person", name: "adhesia.organisation.unassigned.targets.person" },
  { id: "company", name: "adhesia.organisation.unassigned.targets.company" },
];
const categoryChoices = [
  { id: "individual", name: "adhesia.organisation.bulk.categories.individual" },
  { id: "professional", name: "adhesia.organisation.bulk.categories.professional" },
];
const label = (name: string) => `adhesia.organisation.bulk.${name}`;

const Assignee = ({ value }: { value: AssigneeRef }) =>
  value.introducerId ? (
    <>
      <ReferenceField record={value} source="introducerId" reference="introducers" link={false}>
        <TextField source="name" />
      </ReferenceField>
      {value.advisorId && (
        <>
          {" · "}
          <AdvisorName introducerId={value.introducerId} advisorId={value.advisorId} />
        </>
      )}
    </>
  ) : (
    <Box component="span" sx={{ color: "text.disabled" }}>—</Box>
  );

/** The selection: which records (filters of the persons and companies lists, current assignee). */
const SelectionInputs = () => {
  const target: unknown = useWatch({ name: "target" });
  const unassigned: unknown = useWatch({ name: "unassigned" });
  return (
    <FormSection title={label("selection")}>
      <RadioButtonGroupInput source="target" label={label("target")} choices={targetChoices} />
      <FormRow columns={3}>
        <TextInput source="q" label={label("q")} />
        {target === "person" && <SelectInput source="category" label={label("category")} choices={categoryChoices} />}
        <TextInput source="postalCode" label="resources.assignment-rules.fields.postalCode" />
      </FormRow>
      <BooleanInput source="unassigned" label={label("unassigned_only")} />
      {unassigned !== true && (
        <FormRow columns={2}>
          <IntroducerInput source="fromIntroducerId" label={label("from_introducer")} />
          <AdvisorInput source="fromAdvisorId" introducerField="fromIntroducerId" label={label("from_advisor")} />
        </FormRow>
      )}
    </FormSection>
  );
};

/** Tells when the form no longer matches what was previewed. */
const StaleWatcher = ({ previewed, onStale }: { previewed: string | null; onStale: () => void }) => {
  const current = JSON.stringify(bulkRequest(useWatch() as BulkForm));
  useEffect(() => {
    if (previewed !== null && current !== previewed) onStale();
  }, [current, previewed, onStale]);
  return null;
};

/** « Réaffectation en masse »: choose records and their new assignee, preview from → to, then apply as a job. */
export const BulkReassignmentPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [preview, setPreview] = useState<{ request: BulkReassignment; result: BulkPreview } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const runPreview = async (values: Record<string, unknown>) => {
    const request = bulkRequest(values as unknown as BulkForm);
    if (!request) return;
    setError(null);
    setJobId(null);
    try {
      setPreview({ request, result: await previewBulkReassignment(request) });
    } catch (failure) {
      setPreview(null);
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const apply = async () => {
    setConfirming(false);
    if (!preview) return;
    try {
      setJobId((await applyBulkReassignment(preview.request)).jobId);
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : "ra.notification.http_error", { type: "error" });
    }
  };

  return (
    <Box sx={{ mt: 1 }} data-testid="bulk-reassignment">
      <Title title={translate(label("title"))} />
      <Card>
        <CardContent>
          <Form defaultValues={{ target: "person", unassigned: false }} onSubmit={runPreview}>
            <SelectionInputs />
            <FormSection title={label("destination")}>
              <FormRow columns={2}>
                <IntroducerInput label="adhesia.organisation.assignment.introducer" />
                <AdvisorInput label="adhesia.organisation.assignment.advisor" />
              </FormRow>
            </FormSection>
            <StaleWatcher previewed={preview && !jobId ? JSON.stringify(preview.request) : null} onStale={() => setPreview(null)} />
            <Button type="submit" variant="contained" startIcon={<PreviewIcon />} sx={{ mt: 1 }} data-testid="bulk-preview">
              {translate(label("preview"))}
            </Button>
          </Form>
        </CardContent>
      </Card>
      {error && <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>}
      {preview && (
        <Card sx={{ mt: 2 }} data-testid="bulk-preview-result">
          <CardContent>
            <Stack spacing={2}>
              <Typography variant="subtitle1" data-testid="bulk-count">
                {preview.result.count === 0 ? translate(label("nothing")) : translate(label("count"), { smart_count: preview.result.count })}
              </Typography>
              {preview.result.sample.length > 0 && (
                <Table size="small" aria-label={translate(label("sample"))}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate("adhesia.organisation.unassigned.display_name")}</TableCell>
                      <TableCell>{translate(label("from"))}</TableCell>
                      <TableCell>{translate(label("to"))}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {preview.result.sample.map((row) => (
                      <TableRow key={row.id}>
                        <TableCell>{row.displayName}</TableCell>
                        <TableCell><Assignee value={row.from} /></TableCell>
                        <TableCell><Assignee value={row.to} /></TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
              {jobId ? (
                <JobProgress jobId={jobId} hasResult={false} onFinished={(job) => job.state === "succeeded" && notify(label("done"), { type: "info" })} />
              ) : (
                preview.result.count > 0 && (
                  <Button variant="contained" color="warning" onClick={() => setConfirming(true)} sx={{ alignSelf: "flex-start" }} data-testid="bulk-apply">
                    {translate(label("apply"))}
                  </Button>
                )
              )}
            </Stack>
          </CardContent>
        </Card>
      )}
      <Confirm
        isOpen={confirming}
        title={label("apply")}
        content={translate(label("apply_confirm"), { smart_count: preview?.result.count ?? 0 })}
        onConfirm={() => void apply()}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
};
