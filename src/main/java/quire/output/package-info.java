/**
 * Writes a built site into a fresh folder beside the target and swaps it in only when the build
 * succeeded, so a failed build leaves the previous site in place. Depends on quire.site.
 */
package quire.output;
