// NetLens's own LSP messages, shared by the server and the VS Code client (so this file imports nothing).

/** Which cluster network a document is checked against, for the client's status bar (server → client, per document). */
export const STATUS_NOTIFICATION = 'netlens/status';

export interface StatusParams {
  readonly uri: string;
  /** Short: the tool and the file that define the cluster network, or that there is none. */
  readonly text: string;
  readonly tooltip: string;
}

/** The request behind "NetLens: Show Address Plan": the plan of the indexed workspace as a page (or SVG). */
export const ADDRESS_PLAN_REQUEST = 'netlens/addressPlan';

export interface AddressPlanParams {
  readonly format?: 'html' | 'svg';
}

export interface AddressPlanResult {
  readonly format: 'html' | 'svg';
  readonly content: string;
}
