import type { ComponentType } from "react";
import { apiKeys, roles, users } from "../modules/access";
import { customFields, referenceTables } from "../modules/reference-data";
import { origins } from "../modules/origins";
import { companies } from "../modules/companies";
import { duplicateCandidates, duplicateRules } from "../modules/duplicates";
import { persons } from "../modules/persons";
import { agenda } from "../modules/interactions";
import { opportunities, pipeline } from "../modules/opportunities";
import { products, ranges } from "../modules/catalogue";
import { contractImportBatches, contractIntake, contracts } from "../modules/contracts";
import { assignmentRules, assignmentSettings, bulkReassignments, introducers, sectors, unassignedRecords } from "../modules/organisation";
import { isAllowed } from "./accessRules";

export interface NavigationItem {
  resource: string;
  icon: ComponentType;
}

export interface NavigationSection {
  label: string;
  items: NavigationItem[];
}

/** The modules that exist, as shown in the menu and on the home page. */
const SECTIONS: readonly NavigationSection[] = [
  {
    label: "adhesia.menu.sales",
    items: [
      { resource: "persons", icon: persons.icon },
      { resource: "companies", icon: companies.icon },
      { resource: "agenda", icon: agenda.icon },
      { resource: "pipeline", icon: pipeline.icon },
      { resource: "opportunities", icon: opportunities.icon },
      { resource: "duplicate-candidates", icon: duplicateCandidates.icon },
    ],
  },
  {
    label: "adhesia.menu.contracts",
    items: [
      { resource: "contracts", icon: contracts.icon },
      { resource: "contract-intake", icon: contractIntake.icon },
      { resource: "contract-import-batches", icon: contractImportBatches.icon },
    ],
  },
  {
    label: "adhesia.menu.catalogue",
    items: [
      { resource: "products", icon: products.icon },
      { resource: "ranges", icon: ranges.icon },
    ],
  },
  {
    label: "adhesia.menu.organisation",
    items: [
      { resource: "unassigned-records", icon: unassignedRecords.icon },
      { resource: "introducers", icon: introducers.icon },
      { resource: "assignment-rules", icon: assignmentRules.icon },
      { resource: "sectors", icon: sectors.icon },
      { resource: "bulk-reassignments", icon: bulkReassignments.icon },
      { resource: "assignment-settings", icon: assignmentSettings.icon },
    ],
  },
  {
    label: "adhesia.menu.access",
    items: [
      { resource: "users", icon: users.icon },
      { resource: "roles", icon: roles.icon },
      { resource: "api-keys", icon: apiKeys.icon },
    ],
  },
  {
    label: "adhesia.menu.reference",
    items: [
      { resource: "reference-tables", icon: referenceTables.icon },
      { resource: "custom-fields", icon: customFields.icon },
      { resource: "duplicate-rules", icon: duplicateRules.icon },
    ],
  },
  {
    label: "adhesia.menu.marketing",
    items: [{ resource: "origins", icon: origins.icon }],
  },
];

/** Sections and entries the signed-in user may open (read permission of each resource). */
export function visibleSections(permissions: readonly string[]): NavigationSection[] {
  return SECTIONS.map((section) => ({
    ...section,
    items: section.items.filter((item) => isAllowed(permissions, item.resource, "list")),
  })).filter((section) => section.items.length > 0);
}
