import { Radio, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import type { FieldDifference } from "./fieldDiff";
import { FieldValueView } from "./FieldValueView";
import { fieldLabel, type RecordScreen } from "./screens";
import type { FieldChoice } from "./types";

export interface FieldChooserProps {
  differences: readonly FieldDifference[];
  choices: Readonly<Record<string, FieldChoice>>;
  onChange: (choices: Record<string, FieldChoice>) => void;
  screen: RecordScreen;
  /** Column titles, already translated: the kept record's, then the other side's. */
  targetTitle: string;
  sourceTitle: string;
}

/** Side by side, one row per field that differs: a click on a value keeps it (the chosen cell is highlighted). */
export const FieldChooser = ({ differences, choices, onChange, screen, targetTitle, sourceTitle }: FieldChooserProps) => {
  const translate = useTranslate();
  const labelOf = (field: string) => translate(fieldLabel(screen, field), { _: field });
  if (differences.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="merge-no-difference">
        {translate("adhesia.duplicates.merge.no_difference")}
      </Typography>
    );
  }
  const cell = (field: string, side: FieldChoice, value: unknown) => {
    const chosen = choices[field] === side;
    return (
      <TableCell
        onClick={() => onChange({ ...choices, [field]: side })}
        sx={{ cursor: "pointer", bgcolor: chosen ? "action.selected" : undefined, fontWeight: chosen ? 500 : undefined, verticalAlign: "top" }}
        data-testid={`merge-choice-${field}-${side}`}
        data-chosen={chosen}
      >
        <Radio size="small" checked={chosen} sx={{ p: 0, mr: 1 }} slotProps={{ input: { "aria-label": `${labelOf(field)} : ${side === "target" ? targetTitle : sourceTitle}` } }} />
        <FieldValueView screen={screen} field={field} value={value} />
      </TableCell>
    );
  };
  return (
    <Table size="small" data-testid="merge-chooser">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: "22%" }}>{translate("adhesia.duplicates.merge.field")}</TableCell>
          <TableCell>{targetTitle}</TableCell>
          <TableCell>{sourceTitle}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {differences.map(({ field, target, source }) => (
          <TableRow key={field}>
            <TableCell component="th" scope="row" sx={{ color: "text.secondary", verticalAlign: "top" }}>
              {labelOf(field)}
            </TableCell>
            {cell(field, "target", target)}
            {cell(field, "source", source)}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
