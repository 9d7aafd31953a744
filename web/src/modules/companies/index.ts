import BusinessIcon from "@mui/icons-material/Business";
import { CompanyCreate } from "./CompanyCreate";
import { CompanyEdit } from "./CompanyEdit";
import { CompanyList } from "./CompanyList";
import { CompanyShow } from "./CompanyShow";
import type { CompanyRecord } from "./types";
import { withAccess } from "../../ui/withAccess";

export { CompanyCreate, CompanyEdit, CompanyList, CompanyShow };
export { companySearchSource } from "./companySearchSource";
export type { CompanyRecord } from "./types";

/** `<Resource name="companies" {...companies} />` */
export const companies = {
  list: withAccess("list", CompanyList),
  show: withAccess("show", CompanyShow),
  create: withAccess("create", CompanyCreate),
  edit: withAccess("edit", CompanyEdit),
  icon: BusinessIcon,
  recordRepresentation: (record: CompanyRecord) => record.name,
};
