import { describe, expect, it } from "vitest";
import { natureOf, type ContractStanding } from "./nature-rule.js";

const contract = (status: ContractStanding["status"], grantsMembership = true): ContractStanding => ({ status, grantsMembership });

describe("the nature of a person or company", () => {
  it("is suspect with nothing, prospect from the first opportunity", () => {
    expect(natureOf({ opportunities: 0, contracts: [], qualified: false })).toBe("suspect");
    expect(natureOf({ opportunities: 1, contracts: [], qualified: false })).toBe("prospect");
    expect(natureOf({ opportunities: 7, contracts: [], qualified: false })).toBe("prospect");
  });

  it("is member with an active contract whose product grants membership, whatever else it holds", () => {
    expect(natureOf({ opportunities: 0, contracts: [contract("active")], qualified: false })).toBe("member");
    expect(natureOf({ opportunities: 2, contracts: [contract("active", false), contract("active", true), contract("terminated")], qualified: false })).toBe("member");
  });

  it("is client with active contracts none of which grants membership", () => {
    expect(natureOf({ opportunities: 1, contracts: [contract("active", false)], qualified: false })).toBe("client");
    expect(natureOf({ opportunities: 0, contracts: [contract("active", false), contract("terminated", true)], qualified: false })).toBe("client");
  });

  it("goes back to prospect when no contract is active any more", () => {
    expect(natureOf({ opportunities: 0, contracts: [contract("terminated")], qualified: false })).toBe("prospect");
    expect(natureOf({ opportunities: 0, contracts: [contract("suspended"), contract("terminated", false)], qualified: false })).toBe("prospect");
  });

  it("never goes back to suspect: a record once qualified that holds nothing any more is a prospect", () => {
    expect(natureOf({ opportunities: 0, contracts: [], qualified: true })).toBe("prospect");
    expect(natureOf({ opportunities: 0, contracts: [contract("active")], qualified: true })).toBe("member");
    expect(natureOf({ opportunities: 0, contracts: [contract("active", false)], qualified: true })).toBe("client");
  });
});
