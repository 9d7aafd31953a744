import AddIcon from "@mui/icons-material/Add";
import { Box, Typography } from "@mui/material";
import { useState } from "react";
import { CreateBase, Form, NumberInput, regex, required, SaveButton, TextInput, useNotify, useTranslate } from "react-admin";
import type { ReferenceValueRecord } from "./types";

const validateCode = [required(), regex(/^[A-Za-z0-9_.-]+$/, "ra.validation.regex")];

/** Inline creation of a value: code, French and English labels, optional order. */
export const ReferenceValueCreateForm = ({ tableCode }: { tableCode: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  // A new key remounts the form, emptying it after each successful creation.
  const [formKey, setFormKey] = useState(0);

  const onSuccess = () => {
    notify("adhesia.reference.value_added", { type: "info" });
    setFormKey((key) => key + 1);
  };

  return (
    <CreateBase<ReferenceValueRecord>
      key={formKey}
      resource="reference-values"
      redirect={false}
      mutationOptions={{ meta: { tableCode }, onSuccess }}
    >
      <Form sanitizeEmptyValues>
        <Box sx={{ p: 2, bgcolor: "grey.50", borderBottom: 1, borderColor: "divider" }} data-testid="reference-value-create">
          <Typography variant="subtitle2" gutterBottom>
            {translate("adhesia.reference.new_value")}
          </Typography>
          <Box sx={{ display: "flex", flexWrap: "wrap", columnGap: 2, alignItems: "flex-start" }}>
            <TextInput source="code" validate={validateCode} sx={{ width: 160 }} helperText={false} />
            <TextInput source="labelFr" validate={required()} sx={{ flex: "1 1 200px" }} helperText={false} />
            <TextInput source="labelEn" validate={required()} sx={{ flex: "1 1 200px" }} helperText={false} />
            <NumberInput source="sortOrder" sx={{ width: 100 }} helperText={false} />
            <SaveButton label="adhesia.reference.add_value" icon={<AddIcon />} alwaysEnable sx={{ mt: 1 }} />
          </Box>
        </Box>
      </Form>
    </CreateBase>
  );
};
