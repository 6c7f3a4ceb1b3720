/** Live workshops: joining from a link, the connection's state. */
export const workshop = {
  workshop: {
    joinTitle: 'Join the workshop',
    joinIntro: 'Everyone who joins edits the same map at once. Others see your name beside what you edit.',
    yourName: 'Your name',
    join: 'Join',
    nameRequired: 'Enter your name to join.',
    connecting: 'Connecting to the workshop…',
    invalidLink: 'This workshop link is not valid',
    invalidLinkHelp: 'Ask the facilitator for the link again and open it whole, with everything after the # sign.',
    offline: 'Offline: your changes are kept on this device and sent when the connection returns.',
    online: 'Connected to the workshop again.',
    participants: 'In this workshop',
    alone: 'No one else has joined yet.',
    editing: 'on “{{title}}”',
    follow: 'Follow {{name}}',
    stopFollowing: 'Stop following {{name}}',
    bringEveryone: 'Bring everyone here',
    bringEveryoneHint: 'Show the cards you have selected on everyone’s screen',
    broughtHere: '{{name}} brought everyone to the cards they are showing.',
    refusedChange: 'The workshop host did not accept a change: {{problem}}',
  },
};
