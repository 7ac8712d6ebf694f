// The page's engine worker: the engine's own WebAssembly module (no UI code), run off the main
// thread so typing and scrolling never wait for a digest. Requests arriving before the module is
// ready wait for it; if the engine traps, the page is told and starts a fresh worker.
import init, { digestRequest } from './engine.js';

const ready = init({ module_or_path: new URL('./engine_bg.wasm', import.meta.url) });

self.onmessage = async (event) => {
  const { id, request } = event.data;
  try {
    await ready;
    self.postMessage({ id, response: digestRequest(request) });
  } catch (error) {
    self.postMessage({ id, failure: String(error && error.message ? error.message : error) });
    self.close();
  }
};
