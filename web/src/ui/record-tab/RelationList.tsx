import { Box, List, ListItem, ListItemText } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";
import { RemoveButton } from "./useConfirmedRemoval";

interface RelationListProps<R extends { id: string; type: string }> {
  relations: readonly R[];
  /** The translation key of a relation's type, as read from this record. */
  typeLabel: (type: R["type"]) => string;
  /** The other record: a link to it, and what tells it apart. */
  other: (relation: R) => ReactNode;
  /** Undefined when the user may not remove relations. */
  onRemove: ((relation: R) => void) | undefined;
  removeLabel: string;
  itemTestId: string;
}

/** A record's relations with other records of its kind, each as "type — other record", removable. */
export function RelationList<R extends { id: string; type: string }>({ relations, typeLabel, other, onRemove, removeLabel, itemTestId }: RelationListProps<R>) {
  const translate = useTranslate();
  return (
    <List dense disablePadding>
      {relations.map((relation) => (
        <ListItem key={relation.id} divider data-testid={itemTestId} secondaryAction={onRemove && <RemoveButton edge="end" label={removeLabel} onClick={() => onRemove(relation)} />}>
          <ListItemText
            primary={
              <>
                <Box component="span" sx={{ color: "text.secondary", mr: 1 }}>
                  {translate(typeLabel(relation.type))}
                </Box>
                {other(relation)}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
