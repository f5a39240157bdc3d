// Loads the wasm app (built by `make web`); the app mounts itself in <div id="app">.
import init from './kaoping_web.js';
init({ module_or_path: new URL('kaoping_web_bg.wasm', import.meta.url) }).catch((e) => {
  const app = document.getElementById('app');
  const p = document.createElement('p');
  p.className = 'fatal';
  p.textContent = '应用加载失败 / The app failed to load: ' + String(e);
  app.replaceChildren(p);
});
