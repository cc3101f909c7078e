import { stringify } from 'yaml';
import { makeCmsConfig } from '../src/lib/cms/make-cms-config.ts';
const c = makeCmsConfig({ repo: 'o/r', branch: 'main', siteUrl: 'http://x/', topics: ['а', 'б'] });
const text = stringify(c);
console.log(text.split('\n').filter((l) => !/^\s+- label: |^\s+value: [A-Z]{2}$/.test(l)).join('\n').slice(0, 6000));
