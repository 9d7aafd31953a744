import BusinessIcon from "@mui/icons-material/Business";
import { CompanyCreate } from "./CompanyCreate";
import { CompanyEdit } from "./CompanyEdit";
import { CompanyList } from "./CompanyList";
import { CompanyShow } from "./CompanyShow";
import type { CompanyRecord } from "./types";
import { withListAccess } from "../../ui/withListAccess";

export { CompanyCreate, CompanyEdit, CompanyList, CompanyShow };
export { companySearchSource } from "./companySearchSource";
export type { CompanyRecord } from "./types";

/** `<Resource name="companies" {...companies} />` */
export const companies = {
  list: withListAccess(CompanyList),
  show: CompanyShow,
  create: CompanyCreate,
  edit: CompanyEdit,
  icon: BusinessIcon,
  recordRepresentation: (record: CompanyRecord) => record.name,
};
