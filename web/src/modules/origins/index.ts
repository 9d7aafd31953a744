import CampaignIcon from "@mui/icons-material/Campaign";
import { OriginCreate } from "./OriginCreate";
import { OriginEdit } from "./OriginEdit";
import { OriginList } from "./OriginList";
import { withAccess } from "../../ui/withAccess";

export { OriginCreate, OriginEdit, OriginList };
export { OriginInput } from "./OriginInput";
export { ORIGIN_KINDS, kindChoices, type OriginKind, type OriginRecord } from "./types";

/** `<Resource name="origins" {...origins} />` */
export const origins = { list: withAccess("list", OriginList), create: withAccess("create", OriginCreate), edit: withAccess("edit", OriginEdit), icon: CampaignIcon, recordRepresentation: "label" };
