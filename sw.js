// Keeps Lede working offline after the first visit: the app's own files are served from the
// cache at once and refreshed from the network in the background for the next visit. Nothing
// outside the page's own origin is ever fetched or cached.
//
// Installing fetches only the page's files (what the first load fetched anyway). The engine
// (worker.js, engine.js, engine_bg.wasm) is cached when the page first reads an article, as
// every same-origin file is, so a visit that never reads anything never downloads it.
const CACHE = 'lede-v4';
const FILES = [
  './', './index.html', './app.js', './app_bg.wasm', './main.css', './boot.js',
  './favicon.svg', './icon.svg', './icon-192.png', './icon-512.png', './manifest.webmanifest',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    // "?example=..." addresses are the same page.
    const cached = await cache.match(request, { ignoreSearch: true });
    const refresh = fetch(request)
      .then((response) => {
        if (response.ok) {
          cache.put(request, response.clone());
        }
        return response;
      })
      .catch(() => cached || Response.error());
    event.waitUntil(refresh.then(() => undefined, () => undefined));
    return cached || refresh;
  }));
});
