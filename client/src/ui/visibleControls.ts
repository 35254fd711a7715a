// A line a server wrote outside the protocol, shown with its control characters made visible. A
// non-JSON stdout line is evidence of what broke the stream, so it is shown as written; drawn as text,
// an ESC or a NUL would be an empty box or nothing at all. Unicode's control pictures (␛, ␀, ␍) say
// which character is there. (stderr lines reach the page as a terminal shows them, see the proxy's
// stderrLineText; a session recorded before that may still hold escapes.)

/** Every C0 control character but the tab, and DEL. */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

const picture = (control: string): string => {
  const code = control.charCodeAt(0);
  return code === 0x7f ? '\u2421' : String.fromCharCode(0x2400 + code);
};

export function withVisibleControls(text: string): string {
  return text.replace(CONTROLS, picture);
}
