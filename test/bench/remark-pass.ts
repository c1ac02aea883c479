// A bare remark-parse pass over the files named in argv[2] (a JSON list): the floor of any check.

import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse);
for (const file of JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as string[]) processor.parse(readFileSync(file, 'utf8'));
