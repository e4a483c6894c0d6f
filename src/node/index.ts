/**
 * customer-energy/node: the Node-only parts (CSV streams, worker threads, files).
 * Each area owns its block below.
 */

// -- spread (worker threads)
// -- /spread

// -- batch (CSV streams)
// -- /batch

export {};
