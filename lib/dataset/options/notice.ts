/** One line of feedback after an action on the options page; errors are announced at once, the rest politely. */
export type NoticeKind = 'success' | 'error' | 'info';

export interface NoticeMessage {
  kind: NoticeKind;
  text: string;
}
