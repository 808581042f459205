// Global styles: the deck's font (its files from an npm package, so nothing is
// fetched from a web font service) and the module's shared CSS.
import './font.css'
import './module.css'
