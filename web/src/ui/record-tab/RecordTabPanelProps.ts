/** What a shared tab panel (attachments, competitor coverage…) needs to know about the record it is shown on. */
export interface RecordTabPanelProps {
  /** The record's API path, e.g. `/persons/{id}`: the tab's items are under it (`{recordPath}/attachments`). */
  recordPath: string;
  /** May add and remove (the record's write permission). */
  canWrite: boolean;
  /** Test id of the panel; its parts derive theirs from it. */
  testId: string;
}
