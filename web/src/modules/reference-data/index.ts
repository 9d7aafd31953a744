import DynamicFormIcon from "@mui/icons-material/DynamicForm";
import ListAltIcon from "@mui/icons-material/ListAlt";
import { CustomFieldCreate } from "./CustomFieldCreate";
import { CustomFieldEdit } from "./CustomFieldEdit";
import { CustomFieldList } from "./CustomFieldList";
import { ReferenceTableList } from "./ReferenceTableList";
import { ReferenceTableShow } from "./ReferenceTableShow";
import { withAccess } from "../../ui/withAccess";

export { CustomFieldCreate, CustomFieldEdit, CustomFieldList, ReferenceTableList, ReferenceTableShow };
export type { CustomFieldRecord, ReferenceTableRecord, ReferenceValueRecord } from "./types";

/** `<Resource name="reference-tables" {...referenceTables} />`: values are shown on the table's show page. */
export const referenceTables = { list: withAccess("list", ReferenceTableList), show: withAccess("show", ReferenceTableShow), icon: ListAltIcon, recordRepresentation: "code" };
export const customFields = { list: withAccess("list", CustomFieldList), create: withAccess("create", CustomFieldCreate), edit: withAccess("edit", CustomFieldEdit), icon: DynamicFormIcon, recordRepresentation: "key" };
