// Canary content script: does, on purpose, everything the harness must notice.
(() => {
  const ext = globalThis.browser ?? globalThis.chrome;
  const text = document.querySelector('p')?.firstChild;
  if (text) {
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, Math.min(5, text.length));
    CSS.highlights.set('second-source-canary', new Highlight(range));
  }
  const host = document.createElement('div');
  host.id = 'second-source-host';
  const inner = document.createElement('p');
  inner.className = 'canary';
  inner.textContent = 'canary in the shadow';
  host.attachShadow({ mode: 'open' }).append(inner);
  document.documentElement.append(host);

  ext.runtime.onMessage.addListener((msg, _sender, reply) => {
    if (msg?.type === 'canary-ping') reply({ pong: location.pathname });
  });
  if (location.search.includes('misbehave')) {
    console.error('canary: content console.error');
    fetch('http://canary-content.invalid/c').catch(() => {});
    setTimeout(() => {
      throw new Error('canary: content uncaught');
    }, 0);
  }
  ext.runtime.sendMessage({ type: 'canary-hello', misbehave: location.search.includes('misbehave') });
})();
