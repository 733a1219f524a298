import type * as Yaml from 'yaml';
export declare function yamlLib(): typeof Yaml;
