import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('sverka CLI', () => {
  it('--help lists the commands', () => {
    const result = spawnSync(process.execPath, ['bin/sverka.mjs', '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\s+serve\s/m);
    expect(result.stdout).toMatch(/^\s+start\s/m);
  });

  it('an unknown command is one line on stderr and exit 2', () => {
    const result = spawnSync(process.execPath, ['bin/sverka.mjs', 'frobnicate'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('frobnicate');
  });

  it('a bad flag is reported without a stack trace', () => {
    const result = spawnSync(process.execPath, ['bin/sverka.mjs', 'serve', '--port', 'abc'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--port');
    expect(result.stderr).not.toContain('    at ');
  });
});
