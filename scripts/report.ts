// Writes the README's table of targets from the committed atlases: npm run report (after npm run analyze).
import { readFileSync, writeFileSync } from 'node:fs';
import { committedNetworks } from '../src/lib/analysis/measured.server';
import { targetsMarkdown, withTargetsTable } from '../src/lib/analysis/report';

const table = targetsMarkdown(committedNetworks());
writeFileSync('README.md', withTargetsTable(readFileSync('README.md', 'utf8'), table));
console.log(`README.md: the targets table, ${table.split('\n').length - 2} rows, from the committed atlases`);
