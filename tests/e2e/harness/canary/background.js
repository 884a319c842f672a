// Canary background: badge per tab from the sender's path, and misbehaviour on request.
const ext = globalThis.browser ?? globalThis.chrome;
ext.runtime.onMessage.addListener((msg, sender) => {
  if (msg?.type !== 'canary-hello' || !sender.tab) return;
  const name = new URL(sender.url).pathname.replace(/\W/g, '').slice(0, 4);
  ext.action.setBadgeText({ tabId: sender.tab.id, text: name });
  if (msg.misbehave) {
    console.error('canary: background console.error');
    fetch('http://canary-background.invalid/b').catch(() => {});
    setTimeout(() => {
      throw new Error('canary: background uncaught');
    }, 0);
  }
});
