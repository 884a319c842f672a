document.getElementById('where').dataset.tabId = new URLSearchParams(location.search).get('tabId') ?? '';
