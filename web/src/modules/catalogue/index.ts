import CategoryIcon from "@mui/icons-material/Category";
import Inventory2Icon from "@mui/icons-material/Inventory2";
import { ProductCreate } from "./ProductCreate";
import { ProductEdit } from "./ProductEdit";
import { ProductList } from "./ProductList";
import { ProductShow } from "./ProductShow";
import { RangeCreate } from "./RangeCreate";
import { RangeEdit } from "./RangeEdit";
import { RangeList } from "./RangeList";
import { RangeShow } from "./RangeShow";
import { withAccess } from "../../ui/withAccess";

export { catalogueEn } from "./messages.en";
export { catalogueFr } from "./messages.fr";

/** `<Resource name="ranges" {...ranges} />` */
export const ranges = { list: withAccess("list", RangeList), show: withAccess("show", RangeShow), create: withAccess("create", RangeCreate), edit: withAccess("edit", RangeEdit), icon: CategoryIcon, recordRepresentation: "label" };

/** `<Resource name="products" {...products} />` */
export const products = { list: withAccess("list", ProductList), show: withAccess("show", ProductShow), create: withAccess("create", ProductCreate), edit: withAccess("edit", ProductEdit), icon: Inventory2Icon, recordRepresentation: "label" };
