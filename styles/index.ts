// Global styles: the deck's font, shipped as an npm package so nothing is
// fetched from a web font service, and the module's shared CSS.
import '@fontsource-variable/inter'
import './module.css'
