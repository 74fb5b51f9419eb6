// FocalPoint public site: optional improvements only. Every page works without this file.
// 1. Quick exit also replaces this page in the history. 2. The report form solves the server's
// proof-of-work challenge in the background, which marks the report verified. 3. Empty spare
// "person or group" blocks hide behind an "Add another" button. 4. Contact fields hide while anonymous.
(() => {
  for (const link of document.querySelectorAll('[data-quick-exit]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      try {
        history.replaceState(null, '', '/');
      } catch (_) {}
      window.location.replace(link.href);
    });
  }

  const form = document.querySelector('form[data-pow]');
  if (!form) return;

  // --- Proof of work: sha256(challenge + counter) must start with `difficulty` zero bits.
  const K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ]);
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
    if (submitting || solutionField.value) return;
    event.preventDefault();
    submitting = true;
    const button = form.querySelector('button[type="submit"]');
    if (button) button.setAttribute('aria-busy', 'true');
    // Never hold a report back for long: after 15 seconds it goes without the proof (unverified).
    void Promise.race([solve(), new Promise((r) => setTimeout(r, 15000))]).then(() => form.submit());
  });

  // --- Spare "person or group" blocks.
  const blocks = Array.from(form.querySelectorAll('[data-perpetrator]'));
  const addButton = form.querySelector('[data-add-perpetrator]');
  const isEmpty = (block) =>
    Array.from(block.querySelectorAll('input[type="text"], textarea')).every(
      (el) => el.value.trim() === '',
    ) &&
    Array.from(
      block.querySelectorAll(
        'select[name$="][type]"]:not([name*="[indicators]"]), select[name$="[attributionConfidence]"]',
      ),
    ).every((el) => el.value === '');
  const refresh = () => {
    if (addButton) addButton.hidden = !blocks.some((b) => b.hidden);
  };
  blocks.forEach((block, i) => {
    if (i > 0 && isEmpty(block)) block.hidden = true;
    const remove = block.querySelector('[data-remove-perpetrator]');
    if (remove && i > 0) {
      remove.hidden = false;
      remove.addEventListener('click', () => {
        for (const el of block.querySelectorAll('input[type="text"], textarea')) el.value = '';
        for (const el of block.querySelectorAll('select')) el.selectedIndex = 0;
        block.hidden = true;
        refresh();
        if (addButton) addButton.focus();
      });
    }
  });
  if (addButton) {
    addButton.addEventListener('click', () => {
      const next = blocks.find((b) => b.hidden);
      if (!next) return;
      next.hidden = false;
      refresh();
      const first = next.querySelector('textarea, input, select');
      if (first) first.focus();
    });
  }
  refresh();

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
