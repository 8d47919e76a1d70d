/** The single IPC channel the preload and main use for contract calls. */
export const IPC_CHANNEL = 'sverka:rpc';
