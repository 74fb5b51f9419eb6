import { z } from 'zod';

// Imported first by main.tsx, before any schema is built: the CSP forbids eval, and without `jitless`
// zod probes for it (new Function) while building object schemas, which the browser reports as a
// Content-Security-Policy violation even though zod catches the error.
z.config({ jitless: true });
