import { Alert, Card, CardContent, LinearProgress, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { BooleanInput, Form, RadioButtonGroupInput, SaveButton, SelectInput, Title, Toolbar, useCanAccess, useNotify, useTranslate } from "react-admin";
import { useWatch } from "react-hook-form";
import { problemOf } from "../../app/problem";
import { FormSection } from "../../ui/Sections";
import { useHeadcountBands } from "../companies/useReferentials";
import { getAssignmentSettings, saveAssignmentSettings } from "./organisationApi";
import { levelChoices, modeChoices, type AssignmentSettings } from "./types";

const CompanyMarketInputs = ({ disabled }: { disabled: boolean }) => {
  const translate = useTranslate();
  const { choices } = useHeadcountBands();
  const companiesInMdpro: unknown = useWatch({ name: "companiesInMdpro" });
  return (
    <FormSection title="adhesia.organisation.settings.markets">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate("adhesia.organisation.settings.markets_help")}
      </Typography>
      <BooleanInput source="companiesInMdpro" label="adhesia.organisation.settings.companies_in_mdpro" disabled={disabled} />
      {companiesInMdpro === true && (
        <SelectInput source="mdproMaxHeadcountBand" label="adhesia.organisation.settings.mdpro_max_band" choices={choices} disabled={disabled} sx={{ minWidth: 320 }} />
      )}
      <SelectInput source="mdeFromHeadcountBand" label="adhesia.organisation.settings.mde_from_band" choices={choices} disabled={disabled} sx={{ minWidth: 320 }} />
    </FormSection>
  );
};

/** « Paramètres d'affectation »: manual or automatic assignment, its level, and how company markets are derived. */
export const AssignmentSettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess: canWrite = false } = useCanAccess({ resource: "assignment-settings", action: "edit" });
  const [settings, setSettings] = useState<AssignmentSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getAssignmentSettings(controller.signal).then(setSettings, (error: unknown) => {
      if (!controller.signal.aborted) setLoadError(error instanceof Error ? error.message : String(error));
    });
    return () => controller.abort();
  }, []);

  /** Field errors go back to the form (react-admin shows them under the inputs). */
  const save = async (values: Record<string, unknown>) => {
    const next = values as unknown as AssignmentSettings;
    try {
      const saved = await saveAssignmentSettings({
        mode: next.mode,
        level: next.level,
        companiesInMdpro: next.companiesInMdpro,
        mdproMaxHeadcountBand: next.companiesInMdpro ? next.mdproMaxHeadcountBand || null : null,
        mdeFromHeadcountBand: next.mdeFromHeadcountBand || null,
      });
      setSettings(saved);
      notify("adhesia.organisation.settings.saved", { type: "info" });
      return undefined;
    } catch (error) {
      const problem = problemOf(error);
      if (problem?.errors) return problem.errors;
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
      return undefined;
    }
  };

  return (
    <Card sx={{ mt: 2 }} data-testid="assignment-settings">
      <Title title={translate("adhesia.organisation.settings.title")} />
      <CardContent>
        {loadError && <Alert severity="error">{loadError}</Alert>}
        {!settings && !loadError && <LinearProgress />}
        {settings && (
          <Form record={settings} onSubmit={save}>
            <FormSection title="adhesia.organisation.settings.title">
              <RadioButtonGroupInput source="mode" label="adhesia.organisation.settings.mode" choices={modeChoices} helperText="adhesia.organisation.settings.mode_help" disabled={!canWrite} />
              <RadioButtonGroupInput source="level" label="adhesia.organisation.settings.level" choices={levelChoices} helperText="adhesia.organisation.settings.level_help" disabled={!canWrite} />
            </FormSection>
            <CompanyMarketInputs disabled={!canWrite} />
            {canWrite && (
              <Toolbar>
                <SaveButton alwaysEnable={false} />
              </Toolbar>
            )}
          </Form>
        )}
      </CardContent>
    </Card>
  );
};
