import { and, eq } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import { formulas, products, ranges, type Domain } from "../catalogue/index.js";
import { introducers } from "../organisation/index.js";

/**
 * The catalogue's products and formulas and the tenant's introducers, by the codes a feed names,
 * each read once per transaction: a daily feed names a handful of codes over thousands of lines.
 */
export class ReferenceLookup {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(
    private readonly tx: Executor,
    private readonly tenantId: string,
  ) {}

  /** A product of the catalogue by its code, with the domain of its range. */
  product(code: string): Promise<{ id: string; grantsMembership: boolean; domain: Domain } | undefined> {
    return this.once(`product:${code}`, async () => {
      const [row] = await this.tx
        .select({ id: products.id, grantsMembership: products.grantsMembership, domain: ranges.domain })
        .from(products)
        .innerJoin(ranges, and(eq(ranges.tenantId, products.tenantId), eq(ranges.id, products.rangeId)))
        .where(and(eq(products.tenantId, this.tenantId), eq(products.code, code)));
      return row;
    });
  }

  formula(productId: string, code: string): Promise<string | undefined> {
    return this.once(`formula:${productId}:${code}`, async () => {
      const [row] = await this.tx
        .select({ id: formulas.id })
        .from(formulas)
        .where(and(eq(formulas.tenantId, this.tenantId), eq(formulas.productId, productId), eq(formulas.code, code)));
      return row?.id;
    });
  }

  introducer(code: string): Promise<string | undefined> {
    return this.once(`introducer:${code}`, async () => {
      const [row] = await this.tx
        .select({ id: introducers.id })
        .from(introducers)
        .where(and(eq(introducers.tenantId, this.tenantId), eq(introducers.code, code)));
      return row?.id;
    });
  }

  private once<T>(key: string, read: () => Promise<T>): Promise<T> {
    const known = this.cache.get(key) as Promise<T> | undefined;
    if (known) return known;
    const reading = read();
    this.cache.set(key, reading);
    return reading;
  }
}
