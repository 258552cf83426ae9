/**
 * The layers of docs/architecture.md ("Layers"), checked on every import of the source tree:
 * scenario → simulation (with run/, the orchestration) → workers → cli and ui. An import that
 * points up the picture, or a package a layer must not use (React and the DOM below the ui,
 * comlink outside workers/), fails this test with the file and the import named.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

/** A layer: its folder and what none of its files may import (folders of the repo, or packages). */
interface LayerRule {
  folder: string;
  forbiddenFolders: string[];
  forbiddenPackages: string[];
}

const BROWSER_PACKAGES = ['react', 'react-dom', 'd3', 'zustand', 'comlink'];

const LAYER_RULES: LayerRule[] = [
  { folder: 'src/scenario', forbiddenFolders: ['src/simulation', 'workers', 'src/cli', 'src/ui'], forbiddenPackages: BROWSER_PACKAGES },
  { folder: 'src/simulation', forbiddenFolders: ['workers', 'src/cli', 'src/ui'], forbiddenPackages: BROWSER_PACKAGES },
  { folder: 'workers', forbiddenFolders: ['src/cli', 'src/ui'], forbiddenPackages: ['react', 'react-dom', 'd3', 'zustand'] },
  { folder: 'src/cli', forbiddenFolders: ['src/ui'], forbiddenPackages: ['react', 'react-dom', 'd3', 'zustand'] },
  { folder: 'src/ui', forbiddenFolders: ['src/cli'], forbiddenPackages: [] },
];

/** Import specifiers of a TypeScript source (static, dynamic and `export … from`). */
function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) specifiers.push(match[1]!);
  return specifiers;
}

/** Every broken rule of one file, as `file → import: reason`. */
function violations(file: string, source: string): string[] {
  const rule = LAYER_RULES.find((r) => file.startsWith(`${r.folder}/`));
  if (!rule) return [];
  const found: string[] = [];
  for (const spec of importsOf(source)) {
    if (spec.startsWith('.')) {
      const target = relative(root, resolve(root, dirname(file), spec));
      const folder = rule.forbiddenFolders.find((f) => target === f || target.startsWith(`${f}/`));
      if (folder) found.push(`${file} → ${spec}: ${rule.folder} may not import ${folder}`);
    } else {
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      if (rule.forbiddenPackages.includes(pkg)) found.push(`${file} → ${spec}: ${rule.folder} may not use ${pkg}`);
    }
  }
  return found;
}

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, folder))) {
    const path = `${folder}/${name}`;
    if (statSync(join(root, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

describe('layers (docs/architecture.md)', () => {
  it('no file imports a layer above its own', () => {
    const broken = LAYER_RULES.flatMap((r) => sourceFiles(r.folder))
      .flatMap((file) => violations(file, readFileSync(join(root, file), 'utf8')));
    expect(broken).toEqual([]);
  });

  it('catches an import from src/ui below it, and a package a layer may not use', () => {
    expect(violations('workers/x.ts', "import { a } from '../src/ui/simulate/client';")).toHaveLength(1);
    expect(violations('src/simulation/run/x.ts', "import type { A } from '../../ui/state/store';")).toHaveLength(1);
    expect(violations('src/scenario/x.ts', "import { applyStrategy } from '../simulation/levers';")).toHaveLength(1);
    expect(violations('src/simulation/run/x.ts', "import { expose } from 'comlink';")).toHaveLength(1);
    expect(violations('src/cli/x.ts', "export { x } from '../ui/format';")).toHaveLength(1);
    // Down the picture is fine.
    expect(violations('src/ui/x.ts', "import { runComparison } from '../simulation/run/comparison';")).toEqual([]);
    expect(violations('workers/x.ts', "import { expose } from 'comlink';")).toEqual([]);
  });
});
