// The slip's print button (assisted-intake/slip-page.ts). Without JavaScript the browser's own Print does it.

document.addEventListener('DOMContentLoaded', () => {
  for (const button of document.querySelectorAll('[data-print]'))
    button.addEventListener('click', () => window.print());
});
