/**
 * The actor recorded for ledger writes made inside another use case's
 * transaction when that use case does not pass its own (it should: pass
 * `actorRef(principal)`).
 */
export const LEDGER_SYSTEM_ACTOR = 'system:capacity-ledger';
