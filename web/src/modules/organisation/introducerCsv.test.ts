import { describe, expect, it } from "vitest";
import { introducersCsv } from "./introducerCsv";

describe("introducers export", () => {
  it("writes one line per introducer, quoting what holds a separator", () => {
    const csv = introducersCsv(
      [
        { id: "1", kind: "broker", code: "CRT1", name: 'Cabinet "Durand"; associés', address: { lines: ["3 quai Est", "BP 4"], postalCode: "69002", city: "Lyon" }, phone: null, email: "c@d.fr", contactName: "M. Durand", oriasNumber: "07001234", active: true, version: 1, createdAt: "2026-01-05T09:00:00.000Z", updatedAt: "2026-01-05T09:00:00.000Z" },
        { id: "2", kind: "agency", code: "AG1", name: "Agence Lyon", address: null, phone: "+33472000000", email: null, contactName: null, oriasNumber: null, active: false, version: 1, createdAt: "2026-01-05T09:00:00.000Z", updatedAt: "2026-01-05T09:00:00.000Z" },
      ],
      (kind) => kind.toUpperCase(),
    );
    expect(csv.split("\r\n")).toEqual([
      "code;nom;type;adresse;code_postal;ville;contact;telephone;email;orias;actif",
      'CRT1;"Cabinet ""Durand""; associés";BROKER;3 quai Est, BP 4;69002;Lyon;M. Durand;;c@d.fr;07001234;oui',
      "AG1;Agence Lyon;AGENCY;;;;;+33472000000;;;non",
    ]);
  });
});
