import { randomFillSync, randomInt } from "node:crypto";
import { v7 as uuidv7 } from "uuid";

// uuid draws the 16 random bytes of each id from the system's generator through Web Crypto's
// checks: about 3 µs an id, a second and more of a feed's batch that creates thousands of records
// with their addresses, audit entries and events. Drawn 4 KiB at a time, an id costs 0.2 µs.
const pool = new Uint8Array(4096);
let drawn = pool.length;
// Given its bytes, uuid no longer keeps its own clock and counter: these do. The counter runs on
// across milliseconds (from a random start, far from wrapping), and the clock never goes back, so
// the ids one process makes sort in the order it made them.
let lastMsecs = 0;
let sequence = randomInt(2 ** 30);

/** Time-ordered ids keep B-tree inserts local and make ids sortable by creation. */
export function newId(): string {
  if (drawn === pool.length) {
    randomFillSync(pool);
    drawn = 0;
  }
  const random = pool.subarray(drawn, (drawn += 16));
  lastMsecs = Math.max(lastMsecs, Date.now());
  sequence = (sequence + 1) >>> 0;
  return uuidv7({ random, msecs: lastMsecs, seq: sequence });
}
