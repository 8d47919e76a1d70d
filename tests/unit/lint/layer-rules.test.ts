import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import zones are the architecture: prove lint rejects each forbidden edge (and accepts a legal one).
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it('core/ may not import node:fs', async () => {
    const ids = await ruleIds(
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      'core/segment/probe.ts',
    );
    expect(ids).toContain('no-restricted-imports');
  });

  it('core/ may not import react', async () => {
    const ids = await ruleIds(
      "import { useState } from 'react';\nexport const x = useState;\n",
      'core/align/probe.ts',
    );
    expect(ids).toContain('no-restricted-imports');
  });

  it('core/ may not import main/ or use Node and DOM globals', async () => {
    const ids = await ruleIds(
      "import { openApp } from '../../main/services';\nexport const x = [openApp, Buffer, window];\n",
      'core/diff/probe.ts',
    );
    expect(ids.filter((id) => id === 'no-restricted-imports')).toHaveLength(1);
    expect(ids.filter((id) => id === 'no-restricted-globals')).toHaveLength(2);
  });

  it('core/ may import another core area', async () => {
    const ids = await ruleIds(
      "import type { Paragraph } from '../model';\nexport type X = Paragraph;\n",
      'core/align/probe.ts',
    );
    expect(ids).toEqual([]);
  });

  it('the renderer may not import main/ or electron', async () => {
    const ids = await ruleIds(
      "import { openApp } from '../../main/services';\nimport { ipcRenderer } from 'electron';\nexport const x = [openApp, ipcRenderer];\n",
      'renderer/src/probe.ts',
    );
    expect(ids.filter((id) => id === 'no-restricted-imports')).toHaveLength(2);
  });

  it('JSX may not carry literal UI text', async () => {
    const ids = await ruleIds(
      'export function P() {\n  return <button title="Save">Save</button>;\n}\n',
      'renderer/src/components/Probe.tsx',
    );
    expect(ids.filter((id) => id === 'no-restricted-syntax')).toHaveLength(2);
  });
});
