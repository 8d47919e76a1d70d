// Runs sandboxed before the renderer: exposes exactly the contract's methods and nothing of Node.
import { contextBridge, ipcRenderer } from 'electron';
import { METHODS } from '../../core/api/methods';
import { IPC_CHANNEL } from './ipc-channel';

const allowed = new Set<string>(METHODS);

contextBridge.exposeInMainWorld('sverka', {
  call: (method: string, request: unknown): Promise<unknown> => {
    if (!allowed.has(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'not_found', message: `unknown method "${method}"` },
      });
    }
    return ipcRenderer.invoke(IPC_CHANNEL, method, request);
  },
  onProgress: (listener: (event: unknown) => void): (() => void) => {
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(`${IPC_CHANNEL}:progress`, wrapped);
    return () => ipcRenderer.removeListener(`${IPC_CHANNEL}:progress`, wrapped);
  },
});
