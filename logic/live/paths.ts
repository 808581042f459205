// Where the live server answers, and the header it marks its responses with: one
// list for the server, the live pages and the deck's join slide. No schemas here,
// so the deck can import it without the protocol's validators.

/** The one WebSocket endpoint. */
export const LIVE_WS_PATH = '/live/ws'
/** The pages the server serves from dist-live/, by path. */
export const LIVE_PAGES = { student: '/live/', control: '/live/control', projector: '/live/projector' } as const
/** Public: the join URL, the session and its phase. */
export const LIVE_INFO_PATH = '/live/api/info'
/** The join QR code as SVG, drawn by the server from the join URL. */
export const LIVE_QR_PATH = '/live/api/qr.svg'
/** The lecturer's browser only (the slides' cookie or the Bearer token): the join code and the link that carries it. */
export const LIVE_JOIN_PATH = '/live/api/join'
/** Lecturer only (Bearer token): the results as JSON and the CSV gradebook (`?format=moodle|canvas` for an LMS's import). */
export const LIVE_RESULTS_PATH = '/live/api/results'
export const LIVE_GRADEBOOK_PATH = '/live/api/gradebook.csv'
/** Lecturer only (Bearer token): every stored session compared (logic/live/report.ts), as JSON and as CSV. */
export const LIVE_REPORT_PATH = '/live/api/report'
export const LIVE_REPORT_CSV_PATH = '/live/api/report.csv'
/** Lecturer only: every poll run's results (never marks). */
export const LIVE_POLLS_CSV_PATH = '/live/api/polls.csv'
/** The lecturer's browser only (the slides' cookie or the Bearer token): a scale's "before" and "after" runs for the deck's scale slides (logic/live/poll-room.ts). */
export const LIVE_POLL_ROOM_PATH = '/live/api/polls/:pollId/room'
export const livePollRoomPath = (pollId: string): string => LIVE_POLL_ROOM_PATH.replace(':pollId', encodeURIComponent(pollId))
/** Lecturer only (Bearer token, POST): lets this browser load the deck, which holds every key (an HttpOnly cookie). */
export const LIVE_DECK_PATH = '/live/api/deck'
/** A header on every response of the live server, so the deck can tell it from a static host without a request that would 404. */
export const LIVE_MODE_HEADER = 'x-privacy-module-live'
/** The live build's room on the deck's opinion scales (vite.live.config.ts gives it this stable name); the deck imports it in live mode. */
export const LIVE_ROOM_SCALE_MODULE = '/live/assets/room-scale.js'
