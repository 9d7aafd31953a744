import HistoryIcon from "@mui/icons-material/History";
import { Box, Button, Card, CardContent, Stack, Typography } from "@mui/material";
import { Link, Title, useCreatePath, useTranslate } from "react-admin";
import { FeedUpload } from "./FeedUpload";
import { IntakeWizard } from "./IntakeWizard";

/** /contract-intake: the 3-file intake with its dry run, and the upload of a daily feed file, each imported as a job. */
export const IntakePage = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Box sx={{ mt: 1 }} data-testid="intake-page">
      <Title title="adhesia.contracts.intake.title" />
      <Stack direction="row" sx={{ justifyContent: "flex-end", mb: 1 }}>
        <Button component={Link} to={createPath({ resource: "contract-import-batches", type: "list" })} startIcon={<HistoryIcon />} data-testid="intake-history-link">
          {translate("adhesia.contracts.intake.history")}
        </Button>
      </Stack>
      <Card sx={{ mb: 1.5 }}>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate("adhesia.contracts.intake.title")}
          </Typography>
          <IntakeWizard />
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate("adhesia.contracts.feed.title")}
          </Typography>
          <FeedUpload />
        </CardContent>
      </Card>
    </Box>
  );
};
