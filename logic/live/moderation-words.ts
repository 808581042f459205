// The default word list of the live mode's moderation filter (logic/live/moderation.ts): short, ordinary English
// profanity and slurs, in the same form as a lecturer's own list (`npm run live -- --words <file>`). An entry held by
// mistake costs the lecturer one click ("Release"), a word missed one key ("Hide"), so the list stays small and
// leaves out words with everyday meanings (a chink in the armour, a dyke by the sea, flame retardant, Pakistan).
//
// Form: one entry a line; `#` starts a comment.
//   word    the whole word only (and its plural in -s or -es): "cock" holds "cock" but not "cockpit"
//   stem*   any word that begins with it: "fuck*" holds "fucking", never "Scunthorpe" (matching starts at a word's start)
// In a lecturer's file, `-entry` takes a default entry out.

export const DEFAULT_WORD_LIST = `
# Profanity
fuck*
motherfuck*
shit*
bullshit*
cunt*
twat*
wank*
bitch*
bastard*
arsehole*
asshole*
dickhead*
dick
cock
cocksuck*
piss
slut*
whore*
# Slurs
nigger*
nigga
faggot*
fag
retard
retarded
spaz
kike
spic
wog
coon
paki
`
