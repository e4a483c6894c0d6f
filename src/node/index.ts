/**
 * customer-energy/node: the Node-only parts (CSV streams, worker threads, files).
 */
export {};
