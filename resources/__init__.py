"""Runtime resources (fonts for PDFs, icons), installed as the `livc_desktop.resources`
package so that they travel with the program on every platform."""
