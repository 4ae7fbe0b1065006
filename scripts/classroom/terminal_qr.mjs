// A QR code drawn with half-block characters, two modules per line, small enough to fit beside
// the addresses in an ordinary terminal window.
import QRCode from 'qrcode';

/**
 * @param {string} text
 * @returns {Promise<string>} ANSI-coloured lines (black on white, whatever the terminal's theme)
 */
export function terminalQr(text) {
  return QRCode.toString(text, { type: 'terminal', small: true });
}
