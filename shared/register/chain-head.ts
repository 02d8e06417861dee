// The head of the register's chain: the last event's order number and hash. What the
// next event chains to, what a verification stops at, what an edition or a package
// states it was made from, and where the reserve copy stands — one name for all of them.
export interface ChainHead {
  seq: number;
  hash: string;
}
