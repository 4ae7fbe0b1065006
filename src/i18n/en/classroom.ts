/** English strings of the classroom tools: presenter mode, its keys, joining from a phone. */
export const classroomEn = {
  'presenter.toggle': 'Presenter mode',
  'presenter.exit': 'Exit presenter mode',
  'presenter.strip': 'Presenter controls',
  'presenter.controls': 'Controls',
  'presenter.keys': 'Keys',
  'presenter.freeze': 'Freeze',
  'presenter.unfreeze': 'Unfreeze',
  'presenter.frozen': 'Frozen: press Space to go live again',
  'keys.title': 'Keyboard',
  'keys.space': 'Space',
  'keys.esc': 'Esc',
  'keys.present': 'Presenter mode on or off',
  'keys.lab': 'Open a lab',
  'keys.freeze': 'Freeze or unfreeze the picture',
  'keys.step':
    'Step back or forward: NMS rounds (Detection), the sliding sum (Convolution, step by step), one gradient-descent iteration (Style, forward only)',
  'keys.fullscreen': 'Full screen',
  'keys.help': 'Show these keys',
  'keys.close': 'Close this list or the join panel',
  'join.open': 'Join from your phone',
  'join.title': 'Join from your phone',
  'join.qrLabel': 'QR code of the address below',
  'join.otherAddress': 'Another network of this computer:',
  'join.sameWifi':
    'Scan with the phone’s camera, or type the address. The phone must be on the same Wi-Fi as this computer.',
  'join.certificate':
    'The first time, the phone warns that the connection is not private (a self-signed certificate): tap Advanced → Proceed (Chrome) or Show Details → visit this website (Safari). It asks once per term.',
  'join.needsHttps':
    'Phones can use their camera only over HTTPS. On this computer run “npm run classroom” and open the address it prints; this panel then shows the address for phones.',
  'join.close': 'Close',
} as const;
