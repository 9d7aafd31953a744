import { Admin, CustomRoutes, localStorageStore, Resource } from "react-admin";
import { Route } from "react-router-dom";
import { AccountPage, apiKeys, roles, users } from "../modules/access";
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
import { authProvider } from "./authProvider";
import { Dashboard } from "./Dashboard";
import { dataProvider } from "./dataProvider";
import { i18nProvider } from "./i18nProvider";
import { Layout } from "./Layout";
import { LoginPage } from "./login/LoginPage";
import { theme } from "./theme";

const store = localStorageStore("1", "Adhesia");

/** Back-office shell: each module contributes its resources; routes are guarded by authProvider.canAccess. */
export const App = () => (
  <Admin
    disableTelemetry
    title="Adhesia"
    store={store}
    theme={theme}
    layout={Layout}
    dashboard={Dashboard}
    loginPage={LoginPage}
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    requireAuth
  >
    <Resource name="users" {...users} />
    <Resource name="roles" {...roles} />
    <Resource name="api-keys" {...apiKeys} />
    <Resource name="reference-tables" {...referenceTables} />
    <Resource name="reference-values" />
    <Resource name="custom-fields" {...customFields} />
    <Resource name="origins" {...origins} />
    <Resource name="persons" {...persons} />
    <Resource name="companies" {...companies} />
    <Resource name="agenda" {...agenda} />
    <Resource name="pipeline" {...pipeline} />
    <Resource name="opportunities" {...opportunities} />
    <Resource name="duplicate-candidates" {...duplicateCandidates} />
    <Resource name="duplicate-rules" {...duplicateRules} />
    <Resource name="introducers" {...introducers} />
    <Resource name="sectors" {...sectors} />
    <Resource name="assignment-rules" {...assignmentRules} />
    <Resource name="assignment-settings" {...assignmentSettings} />
    <Resource name="unassigned-records" {...unassignedRecords} />
    <Resource name="bulk-reassignments" {...bulkReassignments} />
    <Resource name="ranges" {...ranges} />
    <Resource name="guarantees" />
    <Resource name="products" {...products} />
    <Resource name="formulas" />
    <Resource name="contracts" {...contracts} />
    <Resource name="contract-intake" {...contractIntake} />
    <Resource name="contract-import-batches" {...contractImportBatches} />
    <CustomRoutes>
      <Route path="/account" element={<AccountPage />} />
    </CustomRoutes>
  </Admin>
);
