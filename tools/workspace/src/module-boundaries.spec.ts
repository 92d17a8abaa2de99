import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The ESLint rules that keep the projects apart, checked on code that breaks them. */
const root = join(__dirname, '../../..');

function lint(file: string, source: string): string[] {
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', file],
    {
      cwd: root,
      input: source,
      encoding: 'utf8',
    },
  );
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries', () => {
  it.each([
    [
      'the web app importing the API',
      'apps/web/src/leak.ts',
      "import { loadConfig } from '../../api/src/config/config';\nexport const leak = loadConfig;\n",
    ],
    [
      'the API importing the web app',
      'apps/api/src/leak.ts',
      "import { countOfficesByKind } from '../../web/src/features/programme-overview/utils/count-offices-by-kind';\nexport const leak = countOfficesByKind;\n",
    ],
    [
      'the domain library importing the API',
      'libs/domain/src/leak.ts',
      "import { loadConfig } from '../../../apps/api/src/config/config';\nexport const leak = loadConfig;\n",
    ],
  ])('refuse %s', (_, file, source) => {
    expect(lint(file, source)).toEqual([expect.stringMatching(/^@nx\/enforce-module-boundaries: /)]);
  });

  it('refuse framework imports in the domain library', () => {
    expect(lint('libs/domain/src/leak.ts', "import { Injectable } from '@nestjs/common';\nexport const leak = Injectable;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*plain TypeScript/),
    ]);
  });

  it('allow both apps to use the domain library', () => {
    const source = "import { OFFICE_KINDS } from '@officebench/domain';\nexport const kinds = OFFICE_KINDS;\n";
    expect(lint('apps/web/src/uses-domain.ts', source)).toEqual([]);
    expect(lint('apps/api/src/uses-domain.ts', source)).toEqual([]);
  });
});

describe('web feature boundaries', () => {
  it.each([
    [
      'a feature importing another',
      'apps/web/src/features/distribution/components/Leak.tsx',
      "import { cellState } from '../../comparison/utils/benchmark';\nexport const leak = cellState;\n",
    ],
    [
      'a feature file at the feature root',
      'apps/web/src/features/targets/leak.ts',
      "import { LOGIN_MUTATION } from '../auth/graphql/login.mutation';\nexport const leak = LOGIN_MUTATION;\n",
    ],
    [
      'a detour through src/',
      'apps/web/src/features/targets/hooks/leak.ts',
      "import { ComparisonPage } from '../../../features/comparison/components/ComparisonPage';\nexport const leak = ComparisonPage;\n",
    ],
    [
      'a shared layer importing a feature',
      'apps/web/src/lib/leak.ts',
      "import { LOGIN_MUTATION } from '../features/auth/graphql/login.mutation';\nexport const leak = LOGIN_MUTATION;\n",
    ],
  ])('refuse %s', (_, file, source) => {
    expect(lint(file, source)).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
  });

  it('allow a feature its own files and the shared layers', () => {
    const source = [
      "import { useT } from '../../../app/i18n';",
      "import { QueryView } from '../../../components/QueryView';",
      "import { useBenchmarkProgramme } from '../../../hooks/useBenchmarkProgramme';",
      "import { comparisonPath } from '../../../lib/paths';",
      "import { rankedValues } from '../utils/distribution';",
      'export const uses = [useT, QueryView, useBenchmarkProgramme, comparisonPath, rankedValues];',
      '',
    ].join('\n');
    expect(lint('apps/web/src/features/distribution/components/Uses.tsx', source)).toEqual([]);
  });
});
