import { Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";

export interface TabColumn {
  /** Translation key of the header. */
  label: string;
  align?: "right";
}

/** A tab's items as a small table: the headers, then one row per item, and a last column for the row's actions. */
export const TabTable = ({ columns, children }: { columns: readonly TabColumn[]; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableCell key={column.label} align={column.align}>
              {translate(column.label)}
            </TableCell>
          ))}
          <TableCell align="right" />
        </TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  );
};
