/** The parts of a botocore service model the console reads (see kmsModel.ts). */

/** One shape: a structure's members in model order, a list's member, a map's key and value. */
export interface ModelShape {
  type:
    | 'structure'
    | 'list'
    | 'map'
    | 'string'
    | 'integer'
    | 'long'
    | 'boolean'
    | 'blob'
    | 'timestamp'
    | 'double'
    | 'float';
  members?: [string, string][];
  required?: string[];
  member?: string;
  key?: string;
  value?: string;
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
}

/** A paginator: the request's token and page-size members, the response's token and results. */
export interface Paginator {
  inputToken: string;
  limitKey: string;
  outputToken: string;
  resultKey: string;
}
