import ArrowDropDownIcon from "@mui/icons-material/ArrowDropDown";
import { Button, Divider, Menu, MenuItem } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { quoteActions } from "./quoteStates";
import type { QuoteRecord, QuoteState } from "./types";

/** « Changer l'état »: the moves the state machine allows from the quote's state, then « Annuler le devis ». */
export const QuoteStateMenu = ({ quote, onMove, onCancel }: { quote: QuoteRecord; onMove: (state: QuoteState) => void; onCancel: () => void }) => {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { moves, canCancel } = quoteActions(quote);
  if (moves.length === 0 && !canCancel) return null;
  const pick = (action: () => void) => () => {
    setAnchor(null);
    action();
  };
  return (
    <>
      <Button size="small" endIcon={<ArrowDropDownIcon />} onClick={(event) => setAnchor(event.currentTarget)} aria-haspopup="menu" data-testid="quote-change-state">
        {translate("adhesia.opportunities.quotes.change_state")}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)} data-testid="quote-state-menu">
        {moves.map((state) => (
          <MenuItem key={state} onClick={pick(() => onMove(state))} data-testid={`quote-move-${state}`}>
            {translate(`adhesia.opportunities.quote_states.${state}`)}
          </MenuItem>
        ))}
        {canCancel && moves.length > 0 && <Divider />}
        {canCancel && (
          <MenuItem onClick={pick(onCancel)} sx={{ color: "error.main" }} data-testid="quote-cancel">
            {translate("adhesia.opportunities.quotes.cancel")}
          </MenuItem>
        )}
      </Menu>
    </>
  );
};
