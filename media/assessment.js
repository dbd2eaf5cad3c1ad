// Behaviour of the assessment report webview (client/src/assessment/html.ts renders the page).
// Loaded from the extension under a nonce; no inline handlers. Every action is a message to the
// extension, which does the work (opening files, the clipboard, save dialogs, questions).
(function () {
  const vscode = acquireVsCodeApi();

  // Handled on the document and stopped there: the webview host would otherwise treat a click on
  // an `<a href="#">` as "scroll to top".
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-action]') : null;
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    const data = target.dataset;
    switch (data.action) {
      case 'open':
        vscode.postMessage({ type: 'open', path: data.path, line: data.line ? Number(data.line) : undefined, cell: data.cell ? Number(data.cell) : undefined });
        break;
      case 'copy-issue':
        vscode.postMessage({ type: 'copyIssue', candidate: data.candidate });
        break;
      case 'export':
        vscode.postMessage({ type: 'export', format: data.format });
        break;
      case 'answer':
        vscode.postMessage({ type: 'answer' });
        break;
    }
  });

  // Next steps: show the list of the chosen effect; the choice survives the panel being hidden.
  const select = document.getElementById('effect-select');
  const showSteps = (effect) => {
    for (const list of document.querySelectorAll('.steps[data-effect]')) list.hidden = list.dataset.effect !== effect;
  };
  if (select) {
    const state = vscode.getState();
    if (state && typeof state.effect === 'string' && [...select.options].some((option) => option.value === state.effect)) select.value = state.effect;
    showSteps(select.value);
    select.addEventListener('change', () => {
      showSteps(select.value);
      vscode.setState({ ...(vscode.getState() || {}), effect: select.value });
    });
  }

  // The extension confirms actions (e.g. "Copied") through a polite live region.
  const status = document.getElementById('action-status');
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'status' && status) status.textContent = String(message.text);
  });
})();
