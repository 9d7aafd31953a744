import { Typography } from "@mui/material";
import { useTranslate } from "react-admin";

/** What a list of this module says when nothing matches (`message` is a translation key). */
export const EmptyList = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography sx={{ p: 2 }} color="text.secondary">
      {translate(message)}
    </Typography>
  );
};
