// The page's engine worker: the same WebAssembly module as the page, run off the main thread so
// typing and scrolling never wait for a digest. Requests arriving before the module is ready
// wait for it; if the engine traps, the page is told and starts a fresh worker.
import init, { digestRequest } from './app.js';

const ready = init({ module_or_path: new URL('./app_bg.wasm', import.meta.url) });

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
