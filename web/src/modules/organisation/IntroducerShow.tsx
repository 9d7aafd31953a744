import { Box, Card, CardContent, Chip, LinearProgress, Link, Stack, Typography } from "@mui/material";
import { EditButton, ShowBase, Title, useRecordContext, useTranslate } from "react-admin";
import { formatPhone } from "../../ui/format";
import { Info, InfoGrid } from "../../ui/InfoGrid";
import { SectionTitle } from "../../ui/Sections";
import { IntroducerAdvisors } from "./IntroducerAdvisors";
import type { IntroducerRecord } from "./types";
import { useOrganisationRights } from "./useOrganisationRights";

const field = (name: string) => `resources.introducers.fields.${name}`;

const IntroducerShowView = () => {
  const record = useRecordContext<IntroducerRecord>();
  const translate = useTranslate();
  const { canWrite, canReadUsers } = useOrganisationRights();
  if (!record) return <LinearProgress sx={{ mt: 2 }} />;
  const address = record.address ? [...record.address.lines, [record.address.postalCode, record.address.city].filter(Boolean).join(" ")].filter(Boolean) : [];
  return (
    <Box sx={{ mt: 1 }} data-testid="introducer-show">
      <Title title={record.name} />
      <Card sx={{ mb: 1.5 }}>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 2 }}>
            <Typography variant="h6" component="h1" sx={{ flex: 1 }} data-testid="introducer-title">
              {record.name}
              <Chip size="small" variant="outlined" label={translate(`adhesia.organisation.kinds.${record.kind}`)} sx={{ ml: 1 }} />
              {!record.active && <Chip size="small" label={translate("adhesia.organisation.inactive")} sx={{ ml: 1 }} />}
            </Typography>
            {canWrite && <EditButton variant="contained" />}
          </Stack>
          <InfoGrid columns={4}>
            <Info label={field("code")}>{record.code}</Info>
            <Info label={field("address")}>{address.join(", ")}</Info>
            <Info label={field("contactName")}>{record.contactName}</Info>
            <Info label={field("phone")}>{record.phone && <Link href={`tel:${record.phone}`}>{formatPhone(record.phone)}</Link>}</Info>
            <Info label={field("email")}>{record.email && <Link href={`mailto:${record.email}`}>{record.email}</Link>}</Info>
            {record.kind === "broker" && <Info label={field("oriasNumber")}>{record.oriasNumber}</Info>}
          </InfoGrid>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <SectionTitle title="adhesia.organisation.sections.advisors" />
          <IntroducerAdvisors introducerId={String(record.id)} canWrite={canWrite} canPickUsers={canReadUsers} />
        </CardContent>
      </Card>
    </Box>
  );
};

/** An introducer's data, then its advisors (attach, move, detach, history). */
export const IntroducerShow = () => (
  <ShowBase>
    <IntroducerShowView />
  </ShowBase>
);
