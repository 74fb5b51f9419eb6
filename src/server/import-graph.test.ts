import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The house's import picture, read from the code (ARCHITECTURE.md, "One wiring place"): no import circle
 * anywhere in the server; the platform below every feature; the wiring files (app, boot, features) imported
 * only by what starts a process; the server never importing the CLI.
 */
const root = path.dirname(fileURLToPath(import.meta.url));
const rel = (f: string) => path.relative(root, f);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

const files = sources(root).filter((f) => !rel(f).startsWith('testing/'));
const imports = new Map(
  files.map((f) => {
    const text = readFileSync(f, 'utf8');
    const found = [...text.matchAll(/^(?:import|export)\s[^'";]*?from\s+'(\.[^']+)'/gm)].map((m) =>
      path.resolve(path.dirname(f), m[1]!),
    );
    return [f, found] as const;
  }),
);

function cycles(): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of imports.get(v) ?? []) {
      if (!imports.has(w)) continue;
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(rel(w));
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const f of imports.keys()) if (!order.has(f)) visit(f);
  return found;
}

describe('the import picture of src/server', () => {
  it('has no import circle, type imports included', () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps the platform below every feature', () => {
    const upward = [...imports].flatMap(([f, to]) =>
      rel(f).startsWith('platform/')
        ? to
            .map(rel)
            .filter((t) => !t.startsWith('platform/') && t !== 'config.ts' && !t.startsWith('../shared/'))
            .map((t) => `${rel(f)} → ${t}`)
        : [],
    );
    expect(upward).toEqual([]);
  });

  it('lets only what starts a process import the wiring, and never the CLI', () => {
    const wiring = new Set(['app.ts', 'boot.ts', 'features.ts']);
    const starters = new Set(['main.ts', 'app.ts', 'boot.ts']);
    const offending = [...imports].flatMap(([f, to]) =>
      to
        .map(rel)
        .filter((t) => (wiring.has(t) && !starters.has(rel(f))) || t.startsWith('../cli/'))
        .map((t) => `${rel(f)} → ${t}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps deps.ts a leaf: the runtime it names depends on no feature wiring', () => {
    // deps.ts names configuration, platform types and the runtime. The runtime holds state that some
    // features own (sign-in failures, the file workers): those modules must stand below every feature's
    // routes and services, so nothing the runtime reaches imports deps.ts or the wiring.
    const closure = new Set<string>();
    const reach = (f: string) => {
      for (const t of imports.get(f) ?? []) {
        if (closure.has(t) || !imports.has(t)) continue;
        closure.add(t);
        reach(t);
      }
    };
    reach(path.join(root, 'deps.ts'));
    const reached = [...closure].map(rel);
    expect(reached.filter((t) => ['deps.ts', 'app.ts', 'boot.ts', 'features.ts'].includes(t))).toEqual([]);
    expect(reached.filter((t) => /(^|\/)(routes|service)\.ts$/.test(t))).toEqual([]);
  });
});
