// The page's engine worker: the engine's own WebAssembly module (no page code), run off the
// main thread so typing and scrolling never wait for a digest. The page starts it when the first
// article is to be read, so a first load fetches the page alone. Requests arriving before the
// module is ready wait for it; if the engine traps, the page is told and starts a fresh worker.
// The answer is bytes (src/protocol.rs) whose buffer is transferred to the page, not copied.
import init, { digestRequest } from './engine.js';

const ready = init({ module_or_path: new URL('./engine_bg.wasm', import.meta.url) });

self.onmessage = async (event) => {
  const { id, text, published } = event.data;
  try {
    await ready;
    // How far the read has got, after each stage of the engine: the page shows it.
    const progress = (done) => self.postMessage({ id, progress: done });
    const response = digestRequest(text, published, progress);
    self.postMessage({ id, response }, [response.buffer]);
  } catch (error) {
    self.postMessage({ id, failure: String(error && error.message ? error.message : error) });
    self.close();
  }
};
