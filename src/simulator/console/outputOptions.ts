/** The output options of a call (the AWS CLI's global and pagination options). */
export interface OutputOptions {
  output?: string;
  query?: string;
  maxItems?: number;
  startingToken?: string;
  noPaginate?: boolean;
}
