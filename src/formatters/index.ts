// The formatters by name.

import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter, PiecewiseFormatter } from './types.js';

export const formatters: Record<string, Formatter | PiecewiseFormatter> = { stylish, json, sarif, github, junit, html, markdown };
