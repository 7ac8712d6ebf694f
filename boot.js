// Starts the app. Trunk's own loader is an inline script, which the page's
// Content-Security-Policy forbids, so the page loads this file instead (Trunk.toml:
// inject_scripts = false, filehash = false keep the names below stable).
import init, { startPage } from './app.js';

init({ module_or_path: new URL('./app_bg.wasm', import.meta.url) }).then(() => startPage()).catch((error) => {
  const root = document.getElementById('lede');
  if (root) {
    root.textContent = 'Lede could not start in this browser: ' + error;
  }
});

// Works offline after the first visit (sw.js caches the app's own files).
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Without a service worker the page still works online; nothing to tell the reader.
  });
}
