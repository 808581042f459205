// Global styles: the deck's font (its files from an npm package, so nothing is
// fetched from a web font service), the module's shared CSS and what prints instead of screen-only parts.
import './font.css'
import './module.css'
import './print.css'
