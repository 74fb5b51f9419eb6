// FocalPoint public site: optional improvements only. Every page works without this file.
// 1. Quick exit (the button, or Esc) also replaces this page in the history. 2. A page that showed a
// receipt or a report, brought back by Back or Forward from the browser's memory, is hidden and asked for
// again: the server answers that it has expired. 3. The report form solves the server's proof-of-work
// challenge in the background, which marks the report verified. 4. "Add another person or group" adds a
// block in place instead of a round trip. 5. Contact fields hide while anonymous. 6. The communities of the
// chosen state's pack move first. The form's other "more" buttons (every country, a province's
// institutions) stay round trips: they send nothing, so they need no proof of work.
(() => {
  const exit = document.querySelector('[data-quick-exit]');
  const leave = () => {
    try {
      history.replaceState(null, '', '/');
    } catch (_) {}
    window.location.replace(exit.href);
  };
  if (exit) {
    exit.setAttribute('aria-keyshortcuts', 'Escape');
    exit.addEventListener('click', (event) => {
      event.preventDefault();
      leave();
    });
    // Not while an input method is composing a character (Esc cancels the composition there).
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.isComposing && !event.defaultPrevented) leave();
    });
  }
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted || !document.body.hasAttribute('data-personal')) return;
    document.body.hidden = true;
    window.location.replace(window.location.href);
  });

  const form = document.querySelector('form[data-pow]');
  if (!form) return;

  // --- Proof of work: sha256(challenge + counter) must start with `difficulty` zero bits.
  // The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64
  // primes (as FIPS 180-4 defines them; the test checks every hash against node:crypto).
  const K = new Uint32Array(64);
  for (let p = 2, i = 0; i < 64; p++) {
    let prime = true;
    for (let d = 2; d * d <= p; d++) if (p % d === 0) prime = false;
    if (prime) K[i++] = (Math.cbrt(p) % 1) * 2 ** 32;
  }
  const W = new Uint32Array(64);
  // Returns the first 32 bits of sha256 of an ASCII string (the challenge is base64url, the counter digits).
  function sha256First(text) {
    const n = text.length;
    const blocks = ((n + 9 + 63) >> 6) << 6;
    const bytes = new Uint8Array(blocks);
    for (let i = 0; i < n; i++) bytes[i] = text.charCodeAt(i);
    bytes[n] = 0x80;
    const bits = n * 8;
    bytes[blocks - 4] = bits >>> 24;
    bytes[blocks - 3] = bits >>> 16;
    bytes[blocks - 2] = bits >>> 8;
    bytes[blocks - 1] = bits;
    let h0 = 0x6a09e667,
      h1 = 0xbb67ae85,
      h2 = 0x3c6ef372,
      h3 = 0xa54ff53a;
    let h4 = 0x510e527f,
      h5 = 0x9b05688c,
      h6 = 0x1f83d9ab,
      h7 = 0x5be0cd19;
    for (let off = 0; off < blocks; off += 64) {
      for (let i = 0; i < 16; i++) {
        const j = off + i * 4;
        W[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
      }
      for (let i = 16; i < 64; i++) {
        const a = W[i - 15],
          b = W[i - 2];
        const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
        const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
        W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
      }
      let a = h0,
        b = h1,
        c = h2,
        d = h3,
        e = h4,
        f = h5,
        g = h6,
        h = h7;
      for (let i = 0; i < 64; i++) {
        const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
        const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        h = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
      }
      h0 = (h0 + a) | 0;
      h1 = (h1 + b) | 0;
      h2 = (h2 + c) | 0;
      h3 = (h3 + d) | 0;
      h4 = (h4 + e) | 0;
      h5 = (h5 + f) | 0;
      h6 = (h6 + g) | 0;
      h7 = (h7 + h) | 0;
    }
    return h0 >>> 0;
  }
  // Supports difficulties up to 32 bits (the server asks for about 18).
  const meets = (first, difficulty) =>
    difficulty <= 0 || (difficulty >= 32 ? first === 0 : first >>> (32 - difficulty) === 0);

  const challengeField = form.querySelector('input[name="powChallenge"]');
  const solutionField = form.querySelector('input[name="powSolution"]');
  let solving = null;
  function solve() {
    if (solving) return solving;
    solving = fetch('/api/v1/reports/challenge', { credentials: 'same-origin', cache: 'no-store' })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error('no challenge'))))
      .then(
        (ch) =>
          new Promise((resolve) => {
            let counter = 0;
            const step = () => {
              const stop = counter + 20000;
              for (; counter < stop; counter++) {
                if (meets(sha256First(ch.challenge + counter), ch.difficulty)) {
                  challengeField.value = ch.challenge;
                  solutionField.value = String(counter);
                  resolve(true);
                  return;
                }
              }
              setTimeout(step, 0);
            };
            step();
          }),
      )
      .catch(() => false);
    return solving;
  }
  void solve();
  let submitting = false;
  form.addEventListener('submit', (event) => {
    if (submitting || solutionField.value || event.submitter?.name === 'more') return;
    event.preventDefault();
    submitting = true;
    const button = form.querySelector('button[type="submit"]');
    if (button) button.setAttribute('aria-busy', 'true');
    // Never hold a report back for long: after 15 seconds it goes without the proof (unverified).
    void Promise.race([solve(), new Promise((r) => setTimeout(r, 15000))]).then(() => form.submit());
  });

  // --- "Add another person or group": a new block in place, numbered after the last one, instead of
  // the round trip the button makes without JavaScript. "Remove" empties a block and hides it.
  const addButton = form.querySelector('[data-add-perpetrator]');
  const blocks = () => Array.from(form.querySelectorAll('[data-perpetrator]'));
  const renumber = (el, n) => {
    for (const attr of ['name', 'id', 'for', 'aria-describedby']) {
      const value = el.getAttribute(attr);
      if (value)
        el.setAttribute(
          attr,
          value.replace(/^perpetrators\[\d+\]/, `perpetrators[${n}]`).replace(/f-p-\d+/g, `f-p-${n}`),
        );
    }
  };
  const empty = (block) => {
    for (const el of block.querySelectorAll('input[type="text"], textarea')) el.value = '';
    for (const el of block.querySelectorAll('select')) el.selectedIndex = 0;
  };
  const withRemove = (block) => {
    const remove = block.querySelector('[data-remove-perpetrator]');
    if (!remove || block.dataset.perpetrator === '0') return;
    remove.hidden = false;
    remove.addEventListener('click', () => {
      empty(block);
      block.hidden = true;
      if (addButton) addButton.focus();
    });
  };
  blocks().forEach(withRemove);
  if (addButton) {
    addButton.addEventListener('click', (event) => {
      event.preventDefault();
      const all = blocks();
      let next = all.find((b) => b.hidden);
      if (!next) {
        const last = all[all.length - 1];
        const n = all.length;
        next = last.cloneNode(true);
        next.dataset.perpetrator = String(n);
        for (const el of [next, ...next.querySelectorAll('*')]) renumber(el, n);
        for (const el of next.querySelectorAll('.error-message')) el.remove();
        for (const el of next.querySelectorAll('.field-error')) el.classList.remove('field-error');
        for (const el of next.querySelectorAll('[aria-invalid]')) {
          el.removeAttribute('aria-invalid');
          const rest = (el.getAttribute('aria-describedby') || '').replace(/\S+-error/g, '').trim();
          if (rest) el.setAttribute('aria-describedby', rest);
          else el.removeAttribute('aria-describedby');
        }
        for (const el of next.querySelectorAll('textarea')) el.textContent = '';
        const legend = next.querySelector('legend');
        if (legend) legend.textContent = legend.textContent.replace(/\d+/, String(n + 1));
        empty(next);
        last.after(next);
        withRemove(next);
        if (n + 1 >= Number(addButton.dataset.max || 10)) addButton.hidden = true;
      }
      next.hidden = false;
      const first = next.querySelector('textarea, input, select');
      if (first) first.focus();
    });
  }

  // --- The communities a chosen state is known to target, first.
  const state = form.querySelector('select[name="suspectedState"]');
  const packs = form.querySelector('[data-packs]');
  if (state && packs) {
    state.addEventListener('change', () => {
      const pack = Array.from(packs.children).find((p) => p.dataset.state === state.value);
      if (pack) packs.prepend(pack);
    });
  }

  // --- Contact details only when the person chose to give them.
  const identity = form.querySelector('[data-identity]');
  const radios = Array.from(form.querySelectorAll('input[name="reporter[anonymous]"]'));
  const syncIdentity = () => {
    const chosen = radios.find((r) => r.checked);
    if (identity) identity.hidden = !chosen || chosen.value === 'true';
  };
  for (const r of radios) r.addEventListener('change', syncIdentity);
  syncIdentity();
})();
