import { Box, Card, CardActionArea, CardContent, Paper, Stack, Typography } from "@mui/material";
import { Link, useCreatePath, useLocaleState, useTranslate } from "react-admin";
import { formatEuros } from "../../ui/format";
import { OpportunityStateChip } from "./StateChips";
import type { BoardCard, BoardColumn } from "./types";

const OpportunityCard = ({ card }: { card: BoardCard }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  return (
    <Card variant="outlined" data-testid="board-card" data-id={card.id}>
      <CardActionArea component={Link} to={createPath({ resource: "opportunities", type: "show", id: card.id })}>
        <CardContent sx={{ p: 1.25, "&:last-child": { pb: 1.25 } }}>
          <Typography variant="body2" sx={{ fontWeight: 500 }} noWrap>
            {card.holderName}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div">
            {[translate(`adhesia.coverages.domains.${card.domain}`), formatEuros(card.expectedAnnualPremiumCents, locale), card.probability === null ? "" : `${card.probability} %`].filter(Boolean).join(" · ")}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/** One state of the pipeline: how many, the expected annual premium, the most recently moved cards, then a link to the rest in the list. */
export const BoardColumnView = ({ column, listFilter }: { column: BoardColumn; listFilter: Record<string, string> }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const more = column.count - column.cards.length;
  const listPath = `${createPath({ resource: "opportunities", type: "list" })}?filter=${encodeURIComponent(JSON.stringify({ ...listFilter, state: column.state }))}`;
  return (
    <Paper variant="outlined" sx={{ width: 240, flex: "0 0 240px", p: 1, bgcolor: "grey.50" }} data-testid="board-column" data-state={column.state} data-count={column.count}>
      <Box sx={{ mb: 1 }}>
        <OpportunityStateChip state={column.state} testId="board-column-state" />
        <Typography variant="body2" sx={{ mt: 0.5 }} data-testid="board-column-count">
          {translate("adhesia.opportunities.board.count", { smart_count: column.count })}
        </Typography>
        <Typography variant="caption" color="text.secondary" data-testid="board-column-premium">
          {formatEuros(column.expectedAnnualPremiumCents, locale)}
        </Typography>
      </Box>
      <Stack spacing={1}>
        {column.cards.map((card) => (
          <OpportunityCard key={card.id} card={card} />
        ))}
        {column.count === 0 && (
          <Typography variant="caption" color="text.disabled">
            {translate("adhesia.opportunities.board.empty_column")}
          </Typography>
        )}
        {more > 0 && (
          <Link to={listPath} variant="caption" data-testid="board-column-more">
            {translate("adhesia.opportunities.board.more", { smart_count: more })}
          </Link>
        )}
      </Stack>
    </Paper>
  );
};
