/**
 * Extraction only, as JSON in the scan command's shape ([{ file, claims }]), for scoring
 * extraction with ../shared/eval/score.mjs --cmd "npx tsx scripts/bench/extract-json.ts"
 * while verification is being changed.
 */
import { readFileSync } from 'node:fs';
import { extractClaims } from '../../lib/extract';

const out = process.argv.slice(2).map((file) => ({ file, claims: extractClaims(readFileSync(file, 'utf8')) }));
process.stdout.write(JSON.stringify(out));
